#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace recmap::test {

struct Rgb {
    int r = 0, g = 0, b = 0;
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

// The colour of a georeferenced raster (e.g. a GeoTIFF recmap wrote) at a WGS84 longitude and
// latitude, found through the file's own CRS and geotransform, as a GIS tool would.
Rgb colourAt(const std::filesystem::path& raster, double lon, double lat);

// The colour of an image's pixel (column x, row y from the top), any GDAL raster.
Rgb pixelAt(const std::filesystem::path& image, int x, int y);

// How many pixels of an image (any GDAL raster, e.g. a PNG) are within `tolerance` of `colour`.
size_t countNear(const std::filesystem::path& image, const Rgb& colour, int tolerance = 6);

// How two images of one size (any GDAL rasters) differ: the pixels differing by more than
// `tolerance` on some channel, and the largest difference.
struct ImageDifference {
    size_t pixels = 0;
    size_t differing = 0;
    int maxDelta = 0;
};
ImageDifference compareImages(const std::filesystem::path& a, const std::filesystem::path& b,
                              int tolerance);

// Within `tolerance` on every channel.
bool near(const Rgb& a, const Rgb& b, int tolerance = 6);
Rgb hexColour(unsigned hex);
std::string describe(const Rgb& colour);

} // namespace recmap::test
