// The borders as runs between two slots: which a holder set shows, and where a change of
// holders redraws.
#include "render/border_runs.hpp"

#include <gtest/gtest.h>

using namespace recmap;

namespace {

// Slots 0 | 1 | 2 side by side: borders at x = 1 (0|1, two segments) and x = 2 (1|2), and a
// coast of slot 0 at y = 0.
geo::MapMesh threeSlots() {
    geo::MapMesh mesh;
    mesh.entityCodes = {"AAA", "BBB", "CCC"};
    mesh.borderVertices = {{1, 0}, {1, 1}, {1, 1}, {1, 2}, {2, 0}, {2, 2}, {0, 0}, {1, 0}};
    mesh.borderSides = {{0, 1}, {0, 1}, {1, 2}, {0, geo::noBorderSide}};
    return mesh;
}

} // namespace

TEST(BorderRuns, ConsecutiveSegmentsBetweenTheSameSlotsAreOneRun) {
    const auto mesh = threeSlots();
    const auto exact = render::simplifyBorders(mesh, 0);
    ASSERT_EQ(exact.runs.size(), 3u);
    EXPECT_EQ(exact.runs[0].count, 2u);
    EXPECT_EQ(exact.runs[0].bounds.minY, 0);
    EXPECT_EQ(exact.runs[0].bounds.maxY, 2);
    EXPECT_EQ(exact.runs[2].b, geo::noBorderSide);
    EXPECT_EQ(exact.pairs.size(), 8u);
    // Simplified far beyond their length, the two segments of the first run become one, and
    // no segment joins two runs.
    const auto coarse = render::simplifyBorders(mesh, 10);
    ASSERT_EQ(coarse.runs.size(), 3u);
    EXPECT_EQ(coarse.runs[0].count, 1u);
    EXPECT_EQ(coarse.runs[1].first, 1u);
    EXPECT_EQ(coarse.pairs.size(), 6u);
}

TEST(BorderRuns, HoldersHideTheRunsBetweenSlotsOfOneEntity) {
    const auto runs = render::simplifyBorders(threeSlots(), 0).runs;
    const std::vector<uint32_t> apart = {0, 1, 2};
    const std::vector<uint32_t> joined = {0, 0, 2}; // AAA holds BBB's slot
    auto all = render::shownRanges(runs, apart);
    ASSERT_EQ(all.firsts.size(), 1u); // consecutive runs merge into one range
    EXPECT_EQ(all.counts[0], 4);
    auto some = render::shownRanges(runs, joined);
    ASSERT_EQ(some.firsts.size(), 1u);
    EXPECT_EQ(some.firsts[0], 2); // the 0|1 border is left out, the rest is one range
    EXPECT_EQ(some.counts[0], 2);
    // Only the runs reaching an area: x in [1.9, 3] meets the border at x = 2 alone.
    const geo::Bounds right{1.9, 0, 3, 2};
    auto near = render::shownRanges(runs, apart, &right);
    ASSERT_EQ(near.firsts.size(), 1u);
    EXPECT_EQ(near.firsts[0], 2);
    EXPECT_EQ(near.counts[0], 1);
    // The change of holders redraws where the 0|1 border was.
    const auto changed = render::changedRunBounds(runs, apart, joined);
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0].minX, 1);
    EXPECT_EQ(changed[0].maxX, 1);
    EXPECT_TRUE(render::changedRunBounds(runs, joined, joined).empty());
}

TEST(BorderRuns, LongRunsAreCutSoTheirBoundsStayClose) {
    geo::MapMesh mesh;
    mesh.entityCodes = {"AAA", "BBB"};
    for (int i = 0; i < 100; ++i) {
        mesh.borderVertices.push_back({static_cast<float>(i), static_cast<float>(i % 2)});
        mesh.borderVertices.push_back({static_cast<float>(i + 1), static_cast<float>((i + 1) % 2)});
        mesh.borderSides.emplace_back(0, 1);
    }
    const auto runs = render::simplifyBorders(mesh, 0).runs;
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].count, 64u);
    EXPECT_EQ(runs[0].bounds.maxX, 64);
    EXPECT_EQ(runs[1].bounds.minX, 64);
    EXPECT_EQ(runs[1].count, 36u);
}
