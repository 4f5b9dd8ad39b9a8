// A real render to GeoTIFF through the binary, read back with GDAL: the colours at known places
// and the georeferencing that lets GIS tools (gdallocationinfo -wgs84) find them.

#include "support/raster_probe.hpp"
#include "support/run_command.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace recmap::test;
namespace fs = std::filesystem;

namespace {

const Rgb ocean = hexColour(0xD6E8F5);

class WorldGeoTiff : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        // CTest runs each test in its own process, in parallel: one file per process.
        s_path = fs::path(RECMAP_TEST_TMP) / ("world-" + std::to_string(::getpid()) + ".tif");
        fs::remove(s_path);
        const auto result = runRecmap("render countries --size 2048x1024 -o " + s_path.string());
        ASSERT_EQ(result.exitCode, 0) << result.output;
    }

    static Rgb colourAt(double lon, double lat) { return recmap::test::colourAt(s_path, lon, lat); }

    static void TearDownTestSuite() {
        fs::remove(s_path);
        fs::remove(fs::path(s_path.string() + ".aux.xml"));
    }

    static fs::path s_path;
};

fs::path WorldGeoTiff::s_path;

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

// A large PNG is drawn and compressed band by band (256 rows at a time, the whole image never
// held); a GeoTIFF is drawn whole. The same map either way: the banded output against the
// whole-image one, at a size above the one-pass limit (16 Mpx) with a partial last band.
TEST(BandedPng, MatchesTheWholeImageRender) {
    const auto dir = fs::path(RECMAP_TEST_TMP) / ("banded-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string common = "render membership:NATO --as-of 2020-01-01 --size 4100x4100 -o ";
    const auto png = dir / "map.png";
    const auto tif = dir / "map.tif";
    for (const auto& output : {png, tif}) {
        const auto result = runRecmap(common + output.string());
        ASSERT_EQ(result.exitCode, 0) << result.output;
    }
    const auto difference = compareImages(png, tif, 24);
    ASSERT_EQ(difference.pixels, 4100U * 4100U);
    // Antialiased line edges may round differently in a band's viewport; nothing else may differ.
    EXPECT_LT(difference.differing, difference.pixels / 2000) << "max " << difference.maxDelta;
    const auto ocean = hexColour(0xD6E8F5);
    const auto oceanPng = static_cast<double>(countNear(png, ocean, 2));
    EXPECT_NEAR(oceanPng, static_cast<double>(countNear(tif, ocean, 2)), oceanPng * 0.001);
    fs::remove_all(dir);
}
