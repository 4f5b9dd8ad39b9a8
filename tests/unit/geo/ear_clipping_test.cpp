// Ear clipping on hand-made polygons and on every valid polygon of Natural Earth 1:50m, checked by
// area; and the fall-back to GLU where a ring crosses itself.

#include "geo/boundary_set.hpp"
#include "geo/ear_clipping.hpp"
#include "geo/tessellator.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <ogr_geometry.h>

using namespace recmap::geo;

namespace {

const std::string boundaries50m = RECMAP_SOURCE_DIR "/data/boundaries/countries-50m.json";

double coveredArea(const std::vector<Point>& vertices, const std::vector<uint32_t>& indices) {
    double area = 0;
    for (size_t i = 0; i + 2 < indices.size(); i += 3) {
        const Point& a = vertices[indices[i]];
        const Point& b = vertices[indices[i + 1]];
        const Point& c = vertices[indices[i + 2]];
        area += std::abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2;
    }
    return area;
}

// A circle of `count` points, in either orientation.
Ring circle(double cx, double cy, double radius, int count, bool counterClockwise) {
    Ring ring;
    for (int i = 0; i < count; ++i) {
        const double angle = 2 * M_PI * i / count * (counterClockwise ? 1 : -1);
        ring.push_back({cx + radius * std::cos(angle), cy + radius * std::sin(angle)});
    }
    return ring;
}

double ringArea(const Ring& ring) {
    double twice = 0;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        twice += ring[j].x * ring[i].y - ring[i].x * ring[j].y;
    }
    return std::abs(twice) / 2;
}

TEST(EarClipping, SquareWithAHoleCoversItsAreaAndKeepsEveryIndexInRange) {
    const Ring outer{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}; // closed, counter-clockwise
    const Ring hole{{3, 3}, {7, 3}, {7, 7}, {3, 7}};              // same orientation as outer
    std::vector<Point> vertices;
    std::vector<uint32_t> indices;
    ASSERT_TRUE(clipEars({outer, hole}, vertices, indices));
    EXPECT_EQ(vertices.size(), 8u); // the closing point dropped
    EXPECT_NEAR(coveredArea(vertices, indices), 100.0 - 16.0, 1e-9);
    for (uint32_t index : indices) {
        EXPECT_LT(index, vertices.size());
    }
}

TEST(EarClipping, ManyHolesInALargeRingUseTheCurveAndStillCoverTheArea) {
    // 400 points: above the size where ears are found through the z-order curve.
    std::vector<Ring> rings{circle(0, 0, 100, 400, false)};
    double expected = ringArea(rings[0]);
    for (int row = -2; row <= 2; ++row) {
        for (int column = -2; column <= 2; ++column) {
            rings.push_back(circle(column * 25.0, row * 25.0, 8, 24, column % 2 == 0));
            expected -= ringArea(rings.back());
        }
    }
    std::vector<Point> vertices;
    std::vector<uint32_t> indices;
    ASSERT_TRUE(clipEars(rings, vertices, indices));
    EXPECT_NEAR(coveredArea(vertices, indices), expected, expected * 1e-9);
}

TEST(EarClipping, HoleTouchingTheOuterRingAtAPoint) {
    const Ring outer{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    const Ring hole{{0, 5}, {4, 3}, {4, 7}}; // its corner (0, 5) lies on the outer ring's edge
    std::vector<Point> vertices;
    std::vector<uint32_t> indices;
    ASSERT_TRUE(clipEars({outer, hole}, vertices, indices));
    EXPECT_NEAR(coveredArea(vertices, indices), 100.0 - 8.0, 1e-9);
}

TEST(EarClipping, ConcaveCombNeedsNoHelp) {
    // A comb: 20 teeth, every other vertex reflex.
    Ring comb{{0, 0}, {40, 0}};
    for (int tooth = 20; tooth-- > 0;) {
        comb.push_back({tooth * 2.0 + 2, 10});
        comb.push_back({tooth * 2.0 + 1, 1});
    }
    comb.push_back({0, 10});
    std::vector<Point> vertices;
    std::vector<uint32_t> indices;
    ASSERT_TRUE(clipEars({comb}, vertices, indices));
    EXPECT_NEAR(coveredArea(vertices, indices), ringArea(comb), 1e-9);
}

TEST(Triangulation, ValidPolygonIsEarClippedNotLeftToGlu) {
    std::vector<Point> vertices;
    std::vector<uint32_t> indices;
    const auto done = triangulatePolygon({circle(5, 5, 3, 50, true)}, vertices, indices);
    EXPECT_FALSE(done.byGlu);
    EXPECT_EQ(indices.size(), 3u * 48u); // n - 2 triangles
}

TEST(Triangulation, RingThatCrossesItselfIsLeftToGluUnderTheOddRule) {
    // A bow tie: two triangles of area 25 each, meeting at (5, 5).
    const Ring bowTie{{0, 0}, {10, 10}, {10, 0}, {0, 10}};
    std::vector<Point> vertices;
    std::vector<uint32_t> indices;
    const auto done = triangulatePolygon({bowTie}, vertices, indices);
    EXPECT_TRUE(done.byGlu);
    EXPECT_EQ(done.gluErrors, 0);
    EXPECT_NEAR(coveredArea(vertices, indices), 50.0, 1e-9);
}

// The real thing: each polygon of the 1:50m countries that GEOS calls valid, in lon/lat as read,
// is ear-clipped without help and its triangles cover exactly its area.
TEST(EarClipping, EveryValidPolygonOfNaturalEarth50mIsCoveredExactly) {
    const auto set = BoundarySet::read(boundaries50m);
    int polygons = 0, valid = 0;
    for (size_t f = 0; f < set.size(); ++f) {
        const auto& geometry = set.geometry(f);
        std::vector<const OGRPolygon*> parts;
        if (wkbFlatten(geometry.getGeometryType()) == wkbPolygon) {
            parts.push_back(geometry.toPolygon());
        } else if (wkbFlatten(geometry.getGeometryType()) == wkbMultiPolygon) {
            for (const auto* part : *geometry.toMultiPolygon()) {
                parts.push_back(part);
            }
        }
        for (const auto* polygon : parts) {
            ++polygons;
            if (!polygon->IsValid()) {
                continue;
            }
            ++valid;
            std::vector<Ring> rings;
            for (const auto* ring : *polygon) {
                Ring points;
                for (const auto& p : *ring) {
                    points.push_back({p.getX(), p.getY()});
                }
                rings.push_back(std::move(points));
            }
            std::vector<Point> vertices;
            std::vector<uint32_t> indices;
            ASSERT_TRUE(clipEars(rings, vertices, indices))
                << set.feature(f).name << ", polygon of " << rings.front().size() << " points";
            EXPECT_NEAR(coveredArea(vertices, indices), polygon->get_Area(),
                        polygon->get_Area() * 1e-7)
                << set.feature(f).name << ", polygon of " << rings.front().size() << " points";
        }
    }
    EXPECT_GT(polygons, 1000); // 1:50m has about 1400 polygons
    EXPECT_GT(valid, polygons * 9 / 10);
}

} // namespace
