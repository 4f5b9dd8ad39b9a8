// Douglas-Peucker on chained border segments: within the tolerance of every vertex dropped,
// far fewer segments on a finely sampled curve, and chains never joined.
#include "render/geometry_batches.hpp"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using namespace recmap;

namespace {

double distanceToSegment(const geo::Vec2& p, const geo::Vec2& a, const geo::Vec2& b) {
    const double ux = b.x - a.x, uy = b.y - a.y;
    const double length2 = ux * ux + uy * uy;
    const double t =
        length2 > 0 ? std::clamp(((p.x - a.x) * ux + (p.y - a.y) * uy) / length2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - a.x - t * ux, p.y - a.y - t * uy);
}

// A quarter circle of radius 100 in 2000 segments (pairs, each starting at the last one's end).
std::vector<geo::Vec2> arc() {
    std::vector<geo::Vec2> pairs;
    const auto at = [](int i) {
        const double angle = i * (3.14159265358979 / 2) / 2000;
        return geo::Vec2{static_cast<float>(100 * std::cos(angle)),
                         static_cast<float>(100 * std::sin(angle))};
    };
    for (int i = 0; i < 2000; ++i) {
        pairs.push_back(at(i));
        pairs.push_back(at(i + 1));
    }
    return pairs;
}

} // namespace

TEST(BorderSimplification, EveryDroppedVertexLiesWithinTheToleranceOfTheLineDrawn) {
    const auto pairs = arc();
    const float tolerance = 0.05f;
    const auto simplified = render::simplifySegments(pairs, tolerance);
    ASSERT_FALSE(simplified.empty());
    // A circle's sagitta: segments of about 2 * sqrt(2 * r * tolerance) = 6.3 units, not 0.08.
    EXPECT_LT(simplified.size() / 2, 40u);
    EXPECT_GT(simplified.size() / 2, 20u);
    EXPECT_EQ(simplified.front().x, pairs.front().x);
    EXPECT_EQ(simplified.back().y, pairs.back().y);
    for (size_t i = 0; i + 2 < simplified.size(); i += 2) {
        EXPECT_EQ(simplified[i + 1].x, simplified[i + 2].x); // still one chain
        EXPECT_EQ(simplified[i + 1].y, simplified[i + 2].y);
    }
    for (const auto& p : pairs) {
        double nearest = INFINITY;
        for (size_t i = 0; i + 1 < simplified.size(); i += 2) {
            nearest = std::min(nearest, distanceToSegment(p, simplified[i], simplified[i + 1]));
        }
        EXPECT_LE(nearest, tolerance * 1.001) << p.x << ", " << p.y;
    }
}

TEST(BorderSimplification, ChainsStayApartAndAZeroToleranceKeepsEverySegment) {
    // Two straight chains of two segments each, the second not starting where the first ends.
    const std::vector<geo::Vec2> pairs{{0, 0}, {1, 0}, {1, 0}, {2, 0},
                                       {5, 5}, {6, 5}, {6, 5}, {7, 5}};
    const auto simplified = render::simplifySegments(pairs, 0.1f);
    ASSERT_EQ(simplified.size(), 4u);
    EXPECT_EQ(simplified[1].x, 2);
    EXPECT_EQ(simplified[2].x, 5);
    EXPECT_EQ(render::simplifySegments(pairs, 0).size(), pairs.size());
}
