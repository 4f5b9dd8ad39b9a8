// Derived boundaries on a small GeoJSON: a two-part "country" with an island, and a square.

#include "geo/derived_boundaries.hpp"
#include "support/test_files.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <ogr_geometry.h>

using namespace recmap;

namespace {

geo::BoundarySet sample() {
    // One directory per test: CTest runs them in parallel.
    const auto path =
        test::scratchDirectory(std::string("derived_boundaries_") +
                               ::testing::UnitTest::GetInstance()->current_test_info()->name()) /
        "sample.geojson";
    std::ofstream(path) << R"({"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"id": "100", "name": "Mainland"}, "geometry":
        {"type": "MultiPolygon", "coordinates": [
          [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]],
          [[[20, 0], [22, 0], [22, 2], [20, 2], [20, 0]]]]}},
      {"type": "Feature", "properties": {"id": "200", "name": "Square"}, "geometry":
        {"type": "Polygon", "coordinates": [[[30, 0], [40, 0], [40, 10], [30, 10], [30, 0]]]}}]})";
    return geo::BoundarySet::read(path);
}

core::DerivedBoundary rule(const char* key, const char* from, const char* text) {
    std::string error;
    auto parsed = core::BoundaryRule::parse(text, error);
    EXPECT_TRUE(parsed) << error;
    return {key, from, text, *parsed, {"s"}, "", {}};
}

double area(const geo::BoundarySet& set, const std::string& key) {
    const auto index = set.find(key);
    EXPECT_TRUE(index) << key;
    return index ? set.geometry(*index).toMultiPolygon()->get_Area() : 0;
}

} // namespace

TEST(DerivedBoundaries, PartContainingMovesOnePartOfAMultipolygon) {
    auto set = sample();
    EXPECT_TRUE(
        geo::applyDerivedBoundaries(set, {rule("Island", "100", "part-containing 21 1")}).empty());
    EXPECT_EQ(set.size(), 3U);
    EXPECT_DOUBLE_EQ(area(set, "Island"), 4.0);
    EXPECT_DOUBLE_EQ(area(set, "100"), 100.0);
    EXPECT_EQ(set.feature(*set.find("Island")).name, "Island");
}

TEST(DerivedBoundaries, SouthOfAndWithinCutTheFeatureInTwo) {
    auto set = sample();
    EXPECT_TRUE(
        geo::applyDerivedBoundaries(set, {rule("South", "100", "south-of 2.5"),
                                          rule("Corner", "200", "within 35 5, 45 5, 45 15, 35 15")})
            .empty());
    EXPECT_NEAR(area(set, "South"), 25.0 + 4.0, 1e-9); // the island lies wholly south
    EXPECT_NEAR(area(set, "100"), 75.0, 1e-9);
    EXPECT_NEAR(area(set, "Corner"), 25.0, 1e-9);
    EXPECT_NEAR(area(set, "200"), 75.0, 1e-9);
}

TEST(DerivedBoundaries, RulesThatCannotApplyAreReportedAndChangeNothing) {
    auto set = sample();
    const auto notes = geo::applyDerivedBoundaries(
        set, {rule("200", "100", "south-of 5"),              // the file already draws it
              rule("Elsewhere", "999", "south-of 5"),        // no feature to cut from
              rule("Sea", "100", "part-containing 50 50")}); // no part there
    ASSERT_EQ(notes.size(), 3U);
    EXPECT_NE(notes[0].find("drawn by the boundary file"), std::string::npos);
    EXPECT_NE(notes[1].find("no feature '999'"), std::string::npos);
    EXPECT_NE(notes[2].find("matched nothing"), std::string::npos);
    EXPECT_EQ(set.size(), 2U);
    EXPECT_DOUBLE_EQ(area(set, "100"), 104.0);
}

TEST(DerivedBoundaries, ASelfIntersectingFeatureIsCutOnceMadeValid) {
    // A bow tie, as quantised 1:10m outlines can be: GEOS cuts it only once it is made valid.
    const auto path = test::scratchDirectory("derived_boundaries_bow_tie") / "bow.geojson";
    std::ofstream(path) << R"({"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"id": "300", "name": "Bow"}, "geometry":
        {"type": "Polygon", "coordinates": [[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]]}}]})";
    auto set = geo::BoundarySet::read(path);
    EXPECT_TRUE(geo::applyDerivedBoundaries(set, {rule("Low", "300", "south-of 2.5")}).empty());
    EXPECT_NEAR(area(set, "Low"), 6.25, 1e-9); // the two triangles below y = 2.5
    EXPECT_NEAR(area(set, "300"), 50 - 6.25, 1e-9);
}
