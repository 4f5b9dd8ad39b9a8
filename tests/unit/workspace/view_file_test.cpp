#include "workspace/view_file.hpp"

#include "core/error.hpp"

#include <gtest/gtest.h>

using namespace recmap;
using workspace::parseViewFile;

namespace {

std::string errorOf(std::string_view text) {
    try {
        (void)parseViewFile(text, "saved.view");
    } catch (const core::InputError& error) {
        return error.what();
    }
    return "";
}

} // namespace

TEST(ViewFile, ParsesKeysCommentsAndWindowsLineEnds) {
    const auto view = parseViewFile(
        "# recmap view\r\n\r\n view = membership:NATO,EU \r\nas-of=2023-04-04\nworldview=SRB",
        "saved.view");
    EXPECT_EQ(view.view, "membership:NATO,EU");
    EXPECT_EQ(view.asOf, "2023-04-04");
    EXPECT_EQ(view.worldview, "SRB");
    EXPECT_TRUE(view.projection.empty());
}

TEST(ViewFile, ErrorsNameTheFileAndLine) {
    EXPECT_EQ(errorOf("view=countries\n\nnonsense\n"), "saved.view:3: error: expected key=value");
    EXPECT_NE(errorOf("# x\nzoom=3").find("saved.view:2: error: unknown key 'zoom'"),
              std::string::npos);
}

TEST(ViewFile, WrittenTextReadsBackAsTheSameView) {
    workspace::ViewFile view;
    view.view = "recognition:XKX";
    view.asOf = "2024-01-12";
    view.projection = "orthographic";
    view.center = "20,45";
    view.extent = "10,38,30,48";
    view.worldview = "de-facto";
    EXPECT_EQ(parseViewFile(workspace::formatViewFile(view), "again.view"), view);
}
