// The outside of a convex globe as wedges: with the globe, they cover every point of the image
// once, and they are refused for a globe that is not convex.
#include "render/globe_surround.hpp"

#include <cmath>
#include <gtest/gtest.h>

using namespace recmap;

namespace {

// Twice the signed area of a, b, c.
double turn(const geo::Vec2& a, const geo::Vec2& b, const geo::Vec2& c) {
    return (static_cast<double>(b.x) - a.x) * (static_cast<double>(c.y) - a.y) -
           (static_cast<double>(b.y) - a.y) * (static_cast<double>(c.x) - a.x);
}

bool inside(const geo::Vec2& p, const geo::Vec2& a, const geo::Vec2& b, const geo::Vec2& c) {
    const double d1 = turn(a, b, p), d2 = turn(b, c, p), d3 = turn(c, a, p);
    return (d1 > 0 && d2 > 0 && d3 > 0) || (d1 < 0 && d2 < 0 && d3 < 0);
}

int wedgesHolding(const std::vector<geo::Vec2>& triangles, const geo::Vec2& p) {
    int count = 0;
    for (size_t i = 0; i + 2 < triangles.size(); i += 3) {
        count += inside(p, triangles[i], triangles[i + 1], triangles[i + 2]) ? 1 : 0;
    }
    return count;
}

// A plate carrée globe: a rectangle walked in half-degree steps, as the projector outlines it.
std::vector<geo::Vec2> rectangleOutline() {
    std::vector<geo::Vec2> outline;
    for (int i = 0; i <= 360; ++i) {
        outline.push_back({-180, -90.0f + 0.5f * static_cast<float>(i)});
    }
    for (int i = 0; i <= 360; ++i) {
        outline.push_back({180, 90.0f - 0.5f * static_cast<float>(i)});
    }
    outline.push_back(outline.front());
    return outline;
}

} // namespace

TEST(GlobeSurround, PointsOnStraightSidesAreDroppedAndTheOutsideIsCoveredOnce) {
    const auto surround = render::GlobeSurround::of(rectangleOutline());
    ASSERT_TRUE(surround.has_value());
    const geo::Bounds extent{-400, -300, 500, 250}; // wider than the globe on every side
    const double scale = surround->scaleCovering(extent);
    const auto triangles = surround->triangles(scale);
    EXPECT_EQ(triangles.size(), 4u * 6u); // two triangles a corner-to-corner side
    // Off-lattice points, so none lies on a wedge's edge.
    for (double x = extent.minX + 0.37; x < extent.maxX; x += 7.3) {
        for (double y = extent.minY + 0.29; y < extent.maxY; y += 5.1) {
            const geo::Vec2 p{static_cast<float>(x), static_cast<float>(y)};
            const bool onGlobe = x > -180 && x < 180 && y > -90 && y < 90;
            EXPECT_EQ(wedgesHolding(triangles, p), onGlobe ? 0 : 1) << x << ", " << y;
        }
    }
}

TEST(GlobeSurround, AClockwiseCircleIsAccepted) {
    std::vector<geo::Vec2> circle;
    for (int step = 0; step <= 720; ++step) {
        const double angle = -step * 0.5 * 3.14159265358979 / 180.0;
        circle.push_back(
            {static_cast<float>(100 * std::cos(angle)), static_cast<float>(100 * std::sin(angle))});
    }
    const auto surround = render::GlobeSurround::of(circle);
    ASSERT_TRUE(surround.has_value());
    const geo::Bounds extent{-800, -100, 800, 100}; // a wide image of a round globe
    const auto triangles = surround->triangles(surround->scaleCovering(extent));
    EXPECT_EQ(wedgesHolding(triangles, {0, 0}), 0);
    EXPECT_EQ(wedgesHolding(triangles, {99.5f * 0.70710678f, -99.5f * 0.70710678f}), 0);
    EXPECT_EQ(wedgesHolding(triangles, {100.5f * 0.70710678f, -100.5f * 0.70710678f}), 1);
    EXPECT_EQ(wedgesHolding(triangles, {-799.5f, 99.5f}), 1); // the extent's far corner
}

TEST(GlobeSurround, AnOutlineThatIsNotConvexIsRefused) {
    // An L: the caller draws the globe itself.
    const std::vector<geo::Vec2> ell{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}, {0, 0}};
    EXPECT_FALSE(render::GlobeSurround::of(ell).has_value());
    const std::vector<geo::Vec2> line{{0, 0}, {1, 1}, {2, 2}, {0, 0}};
    EXPECT_FALSE(render::GlobeSurround::of(line).has_value());
}
