#include "core/alias_index.hpp"

#include <gtest/gtest.h>

using recmap::core::AliasIndex;

TEST(AliasIndex, FindsNamesCaseInsensitively) {
    AliasIndex index;
    EXPECT_FALSE(index.add("XKX", 0));
    EXPECT_FALSE(index.add("Kosovo", 0));
    EXPECT_FALSE(index.add("Q1246", 0));
    EXPECT_EQ(index.find("xkx"), 0U);
    EXPECT_EQ(index.find("KOSOVO"), 0U);
    EXPECT_EQ(index.find(" q1246 "), 0U);
    EXPECT_FALSE(index.find("Serbia"));
}

TEST(AliasIndex, RefusesANameClaimedByAnotherIndex) {
    AliasIndex index;
    EXPECT_FALSE(index.add("Congo", 1));
    EXPECT_FALSE(index.add("congo", 1)); // the same owner again is fine
    EXPECT_EQ(index.add("CONGO", 2), 1U);
    EXPECT_EQ(index.find("Congo"), 1U);
}
