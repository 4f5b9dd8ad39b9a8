#include "core/error.hpp"
#include "scene/view_spec.hpp"

#include <gtest/gtest.h>

using namespace recmap;
using namespace recmap::scene;

TEST(ViewSpecTest, ChangesWithADateParsesTheDateAndTheComparedView) {
    const auto view = ViewSpec::parse("changes@2024-01-01:recognition:PSE");
    EXPECT_EQ(view.kind, ViewSpec::Kind::Changes);
    EXPECT_EQ(view.from, "2024-01-01");
    ASSERT_EQ(view.parts.size(), 1u);
    EXPECT_EQ(view.parts.front().kind, ViewSpec::Kind::Recognition);
    EXPECT_EQ(ViewSpec::parse(view.toString()).toString(), view.toString());
}

// Found by fuzz/view_spec_fuzzer: "changes@" with nothing after it read past the end of the text
// (std::out_of_range, which no caller catches) instead of a usage error.
TEST(ViewSpecTest, TruncatedChangesViewsAreUsageErrors) {
    for (const char* text : {"changes@", "changes@2024-01-01", "changes:", "changes@:", "agree:",
                             "agree:recognition:PSE", "changes:countries"}) {
        EXPECT_THROW((void)ViewSpec::parse(text), core::UsageError) << text;
    }
}
