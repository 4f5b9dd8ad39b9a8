#include "geo/projection.hpp"

#include <gtest/gtest.h>

using namespace recmap::geo;

namespace {

struct Expected {
    ProjectionKind kind;
    double lon, lat, x, y;
};

// Reference values printed by PROJ 9.1.1's own cs2cs, e.g.
//   echo "48.8566 2.3522" | cs2cs -f %.4f EPSG:4326 +to +proj=eqearth +lon_0=0 +datum=WGS84
//   +units=m
const Expected references[] = {
    {ProjectionKind::EqualEarth, 2.3522, 48.8566, 187778.5761, 5869757.9534},
    {ProjectionKind::EqualEarth, -74.006, 40.7128, -6260505.9358, 5000321.8679},
    {ProjectionKind::EqualEarth, 151.2093, -33.8688, 13305142.9015, -4220848.1258},
    {ProjectionKind::EqualEarth, 179.9, -16.5, 16897173.6904, -2105286.3604},
    {ProjectionKind::Robinson, 2.3522, 48.8566, 194389.1515, 5208347.5358},
    {ProjectionKind::Robinson, 151.2093, -33.8688, 13527834.1296, -3622401.7958},
    {ProjectionKind::NaturalEarth, -74.006, 40.7128, -6596013.0187, 4581076.1008},
    {ProjectionKind::Mercator, 2.3522, 48.8566, 261845.7062, 6218369.4335},
    {ProjectionKind::PlateCarree, -74.006, 40.7128, -8238310.2356, 4532128.1648},
};

} // namespace

TEST(Projector, MatchesProjsOwnOutput) {
    for (const auto& expected : references) {
        const Projector projector(ProjectionSpec{expected.kind, 0, 0});
        const auto point = projector.forward(expected.lon, expected.lat);
        ASSERT_TRUE(point) << toString(expected.kind);
        EXPECT_NEAR(point->x, expected.x, 0.01) << toString(expected.kind) << " " << expected.lon;
        EXPECT_NEAR(point->y, expected.y, 0.01) << toString(expected.kind) << " " << expected.lat;
    }
}

TEST(Projector, OrthographicMatchesProjAndRejectsTheFarSide) {
    // cs2cs EPSG:4326 +to +proj=ortho +lat_0=45 +lon_0=0: Paris 172559.7763 430917.2479;
    // Sydney is on the far side ("* * inf").
    const Projector projector(ProjectionSpec{ProjectionKind::Orthographic, 0, 45});
    const auto paris = projector.forward(2.3522, 48.8566);
    ASSERT_TRUE(paris);
    EXPECT_NEAR(paris->x, 172559.7763, 0.01);
    EXPECT_NEAR(paris->y, 430917.2479, 0.01);
    EXPECT_FALSE(projector.forward(151.2093, -33.8688));
}

TEST(Projector, ShiftedCentreMeridianMatchesProj) {
    // cs2cs ... +proj=robin +lon_0=150: Paris -12201824.0618 5208347.5358;
    // (179.9, -16.5) 2790529.4189 -1764705.1914. forward() takes relative longitudes.
    const Projector projector(ProjectionSpec{ProjectionKind::Robinson, 150, 0});
    const auto paris = projector.forward(relativeLongitude(2.3522, 150), 48.8566);
    ASSERT_TRUE(paris);
    EXPECT_NEAR(paris->x, -12201824.0618, 0.01);
    EXPECT_NEAR(paris->y, 5208347.5358, 0.01);
    const auto fiji = projector.forward(relativeLongitude(179.9, 150), -16.5);
    ASSERT_TRUE(fiji);
    EXPECT_NEAR(fiji->x, 2790529.4189, 0.01);
    EXPECT_NE(projector.crsWkt().find("150"), std::string::npos);
}

TEST(Projector, RelativeLongitudeWraps) {
    EXPECT_DOUBLE_EQ(relativeLongitude(10, 0), 10);
    EXPECT_DOUBLE_EQ(relativeLongitude(-170, 20), 170);
    EXPECT_DOUBLE_EQ(relativeLongitude(170, -20), -170);
}

TEST(Projector, NamesRoundTrip) {
    for (auto kind :
         {ProjectionKind::EqualEarth, ProjectionKind::PlateCarree, ProjectionKind::Robinson,
          ProjectionKind::NaturalEarth, ProjectionKind::Mercator, ProjectionKind::Orthographic}) {
        EXPECT_EQ(parseProjectionKind(toString(kind)), kind);
    }
    EXPECT_FALSE(parseProjectionKind("winkel-tripel"));
}
