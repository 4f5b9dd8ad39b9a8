#include "support/raster_probe.hpp"

#include <algorithm>
#include <cstdlib>
#include <gdal_priv.h>
#include <memory>
#include <ogr_spatialref.h>
#include <stdexcept>
#include <vector>

namespace recmap::test {
namespace {

std::unique_ptr<GDALDataset> openRaster(const std::filesystem::path& path) {
    GDALAllRegister();
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!dataset) {
        throw std::runtime_error("cannot open " + path.string());
    }
    return dataset;
}

} // namespace

Rgb colourAt(const std::filesystem::path& raster, double lon, double lat) {
    const auto dataset = openRaster(raster);
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
    if (!toMap || !toMap->Transform(1, &x, &y)) {
        throw std::runtime_error("cannot project the point into " + raster.string());
    }
    const int column = static_cast<int>((x - transform[0]) / transform[1]);
    const int row = static_cast<int>((y - transform[3]) / transform[5]);
    uint8_t pixel[3] = {};
    for (int band = 1; band <= 3; ++band) {
        if (dataset->GetRasterBand(band)->RasterIO(GF_Read, column, row, 1, 1, &pixel[band - 1], 1,
                                                   1, GDT_Byte, 0, 0) != CE_None) {
            throw std::runtime_error("cannot read a pixel of " + raster.string());
        }
    }
    return {pixel[0], pixel[1], pixel[2]};
}

Rgb pixelAt(const std::filesystem::path& image, int x, int y) {
    const auto dataset = openRaster(image);
    uint8_t pixel[3] = {};
    int bands[3] = {1, 2, 3};
    if (dataset->RasterIO(GF_Read, x, y, 1, 1, pixel, 1, 1, GDT_Byte, 3, bands, 3, 3, 1, nullptr) !=
        CE_None) {
        throw std::runtime_error("cannot read a pixel of " + image.string());
    }
    return {pixel[0], pixel[1], pixel[2]};
}

namespace {

// Every pixel of an image, RGB, rows top first.
std::vector<uint8_t> readRgb(const std::filesystem::path& image, int& width, int& height) {
    const auto dataset = openRaster(image);
    width = dataset->GetRasterXSize();
    height = dataset->GetRasterYSize();
    std::vector<uint8_t> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 3);
    int bands[3] = {1, 2, 3};
    if (dataset->RasterIO(GF_Read, 0, 0, width, height, pixels.data(), width, height, GDT_Byte, 3,
                          bands, 3, static_cast<GSpacing>(width) * 3, 1, nullptr) != CE_None) {
        throw std::runtime_error("cannot read " + image.string());
    }
    return pixels;
}

} // namespace

ImageDifference compareImages(const std::filesystem::path& a, const std::filesystem::path& b,
                              int tolerance) {
    int widthA = 0, heightA = 0, widthB = 0, heightB = 0;
    const auto first = readRgb(a, widthA, heightA);
    const auto second = readRgb(b, widthB, heightB);
    if (widthA != widthB || heightA != heightB) {
        throw std::runtime_error(a.string() + " and " + b.string() + " differ in size");
    }
    ImageDifference difference;
    difference.pixels = first.size() / 3;
    for (size_t i = 0; i < first.size(); i += 3) {
        int delta = 0;
        for (size_t c = 0; c < 3; ++c) {
            delta = std::max(delta, std::abs(int{first[i + c]} - int{second[i + c]}));
        }
        difference.maxDelta = std::max(difference.maxDelta, delta);
        difference.differing += delta > tolerance ? 1 : 0;
    }
    return difference;
}

size_t countNear(const std::filesystem::path& image, const Rgb& colour, int tolerance) {
    int width = 0, height = 0;
    const auto pixels = readRgb(image, width, height);
    size_t count = 0;
    for (size_t i = 0; i < pixels.size(); i += 3) {
        count += near({pixels[i], pixels[i + 1], pixels[i + 2]}, colour, tolerance) ? 1 : 0;
    }
    return count;
}

bool near(const Rgb& a, const Rgb& b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

Rgb hexColour(unsigned hex) {
    return {static_cast<int>((hex >> 16) & 255), static_cast<int>((hex >> 8) & 255),
            static_cast<int>(hex & 255)};
}

std::string describe(const Rgb& colour) {
    return std::to_string(colour.r) + "," + std::to_string(colour.g) + "," +
           std::to_string(colour.b);
}

} // namespace recmap::test
