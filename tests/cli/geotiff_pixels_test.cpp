// A real render to GeoTIFF through the binary, read back with GDAL: the colours at known places
// and the georeferencing that lets GIS tools (gdallocationinfo -wgs84) find them.

#include "support/run_command.hpp"

#include <filesystem>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>
#include <unistd.h>

using recmap::test::runCommand;
using recmap::test::runRecmap;
namespace fs = std::filesystem;

namespace {

struct Rgb {
    int r, g, b;
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

const Rgb ocean{0xD6, 0xE8, 0xF5};

class WorldGeoTiff : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        // CTest runs each test in its own process, in parallel: one file per process.
        s_path = fs::path(RECMAP_TEST_TMP) / ("world-" + std::to_string(::getpid()) + ".tif");
        fs::remove(s_path);
        const auto result = runRecmap("render countries --size 2048x1024 -o " + s_path.string());
        ASSERT_EQ(result.exitCode, 0) << result.output;
        GDALAllRegister();
    }

    // The colour at a longitude/latitude, found through the file's own CRS and geotransform.
    static Rgb colourAt(double lon, double lat) {
        GDALDataset* dataset = GDALDataset::Open(s_path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY);
        EXPECT_NE(dataset, nullptr);
        double transform[6];
        dataset->GetGeoTransform(transform);
        OGRSpatialReference target(dataset->GetProjectionRef());
        target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> toMap(
            OGRCreateCoordinateTransformation(&wgs84, &target));
        double x = lon, y = lat;
        EXPECT_TRUE(toMap->Transform(1, &x, &y));
        const int column = static_cast<int>((x - transform[0]) / transform[1]);
        const int row = static_cast<int>((y - transform[3]) / transform[5]);
        uint8_t pixel[3] = {};
        for (int band = 1; band <= 3; ++band) {
            EXPECT_EQ(dataset->GetRasterBand(band)->RasterIO(
                          GF_Read, column, row, 1, 1, &pixel[band - 1], 1, 1, GDT_Byte, 0, 0),
                      CE_None);
        }
        GDALClose(dataset);
        return {pixel[0], pixel[1], pixel[2]};
    }

    static void TearDownTestSuite() {
        fs::remove(s_path);
        fs::remove(fs::path(s_path.string() + ".aux.xml"));
    }

    static fs::path s_path;
};

fs::path WorldGeoTiff::s_path;

bool near(const Rgb& a, const Rgb& b, int tolerance = 6) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

} // namespace

TEST_F(WorldGeoTiff, ParisIsLandAndTheMidPacificIsOcean) {
    const Rgb paris = colourAt(2.35, 48.86);
    EXPECT_FALSE(near(paris, ocean)) << paris.r << "," << paris.g << "," << paris.b;
    EXPECT_FALSE(near(paris, {255, 255, 255}));
    // Away from the 30-degree graticule lines.
    EXPECT_TRUE(near(colourAt(-140.0, 5.0), ocean));
    EXPECT_TRUE(near(colourAt(-35.0, 25.0), ocean)); // the mid-Atlantic
}

TEST_F(WorldGeoTiff, ContestedEntitiesAreDrawnApartFromTheirNeighbours) {
    const Rgb kosovo = colourAt(20.9, 42.6);
    const Rgb serbia = colourAt(20.5, 44.5);
    EXPECT_FALSE(near(kosovo, ocean));
    EXPECT_FALSE(near(serbia, ocean));
    EXPECT_NE(kosovo, serbia);
    const Rgb taiwan = colourAt(121.0, 23.7);
    EXPECT_FALSE(near(taiwan, ocean));
    const Rgb somaliland = colourAt(45.0, 9.8);
    const Rgb somalia = colourAt(45.3, 2.1);
    EXPECT_FALSE(near(somaliland, ocean));
    EXPECT_NE(somaliland, somalia);
}

TEST_F(WorldGeoTiff, IsGeoreferencedForGisTools) {
    // GDAL's own tool reads the CRS and geotransform: Paris's pixel is France's fill.
    const auto info =
        runCommand("gdallocationinfo -valonly -wgs84 '" + s_path.string() + "' 2.35 48.86");
    ASSERT_EQ(info.exitCode, 0) << info.output;
    const Rgb paris = colourAt(2.35, 48.86);
    EXPECT_EQ(info.output, std::to_string(paris.r) + "\n" + std::to_string(paris.g) + "\n" +
                               std::to_string(paris.b) + "\n");
}
