#include "core/derived_boundary.hpp"

#include <gtest/gtest.h>

using recmap::core::BoundaryRule;

TEST(BoundaryRule, ParsesTheThreeKinds) {
    std::string error;
    const auto part = BoundaryRule::parse("part-containing 34.1 45.3", error);
    ASSERT_TRUE(part) << error;
    EXPECT_EQ(part->kind, BoundaryRule::Kind::PartContaining);
    EXPECT_DOUBLE_EQ(part->points.at(0).first, 34.1);
    EXPECT_DOUBLE_EQ(part->points.at(0).second, 45.3);

    const auto south = BoundaryRule::parse(" south-of 27.6667 ", error);
    ASSERT_TRUE(south) << error;
    EXPECT_EQ(south->kind, BoundaryRule::Kind::SouthOf);
    EXPECT_DOUBLE_EQ(south->latitude, 27.6667);

    const auto ring =
        BoundaryRule::parse("within 35.6 33.4, 35.6 32.5,36.3 32.5, -36.3 33.4", error);
    ASSERT_TRUE(ring) << error;
    EXPECT_EQ(ring->kind, BoundaryRule::Kind::Within);
    ASSERT_EQ(ring->points.size(), 4U);
    EXPECT_DOUBLE_EQ(ring->points[3].first, -36.3);
}

TEST(BoundaryRule, RejectsMalformedRulesWithAReason) {
    const std::pair<const char*, const char*> cases[] = {
        {"sideways 3", "unknown rule 'sideways'"},
        {"part-containing 34.1", "needs one point"},
        {"part-containing 200 45", "needs one point"},
        {"south-of north", "needs a latitude"},
        {"south-of 95", "needs a latitude"},
        {"within 1 2, 3 4", "at least three points"},
        {"within 1 2, 3 x, 5 6", "'3 x' is not a point"},
        {"", "unknown rule ''"},
    };
    for (const auto& [text, reason] : cases) {
        std::string error;
        EXPECT_FALSE(BoundaryRule::parse(text, error)) << text;
        EXPECT_NE(error.find(reason), std::string::npos) << text << ": " << error;
    }
}
