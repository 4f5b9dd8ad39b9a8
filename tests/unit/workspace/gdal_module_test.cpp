// GdalModule: recmap-full's GDAL side, loaded from librecmap_gdal.so on first use.

#include "workspace/gdal_module.hpp"

#include "core/error.hpp"

#include <gtest/gtest.h>
#include <string>

using namespace recmap;

namespace {

const geo::ProjectionSpec plateCarree{geo::ProjectionKind::PlateCarree, 0, 0};

} // namespace

TEST(GdalModule, LoadsOnTheFirstCallAndProjects) {
    const workspace::GdalModule gdal{std::filesystem::path(RECMAP_GDAL_MODULE)};
    EXPECT_FALSE(gdal.loaded());
    const auto bounds = gdal.projectedBounds(plateCarree, -180, -90, 180, 90);
    EXPECT_TRUE(gdal.loaded());
    ASSERT_TRUE(bounds.has_value());
    // WGS84's equatorial circumference, halved: the plate carrée map's half width in metres.
    EXPECT_NEAR(bounds->maxX, 20037508.34, 1);
    EXPECT_NEAR(bounds->minX, -20037508.34, 1);
    EXPECT_NEAR(bounds->maxY, 10018754.17, 1);
}

TEST(GdalModule, TheModulesErrorsAreCaughtAsTheirOwnType) {
    // Thrown inside the module (its own copy of core), caught here by type.
    const workspace::GdalModule gdal{std::filesystem::path(RECMAP_GDAL_MODULE)};
    const std::filesystem::path missing = RECMAP_TEST_TMP "/no-such-boundaries.geojson";
    try {
        (void)gdal.entityShapes(missing, workspace::BoundaryMatching{}, nullptr);
        FAIL() << "no error for a missing boundary file";
    } catch (const core::InputError& error) {
        EXPECT_NE(std::string(error.what()).find("no-such-boundaries.geojson"), std::string::npos)
            << error.what();
    }
}

TEST(GdalModule, AMissingModuleIsAnErrorNamingIt) {
    const workspace::GdalModule gdal{std::filesystem::path(RECMAP_TEST_TMP "/librecmap_none.so")};
    try {
        (void)gdal.projectedBounds(plateCarree, -10, -10, 10, 10);
        FAIL() << "no error for a missing module";
    } catch (const core::InputError& error) { // printed as it is: "FILE: error: ..."
        EXPECT_NE(std::string(error.what()).find("librecmap_none.so: error: cannot load"),
                  std::string::npos)
            << error.what();
    }
    EXPECT_FALSE(gdal.loaded());
}
