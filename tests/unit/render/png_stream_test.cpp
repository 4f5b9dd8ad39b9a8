// PngStream: bands of any height make one valid PNG (read back by GDAL, pixel for pixel), and
// an unfinished stream leaves no file.

#include "core/error.hpp"
#include "render/png_writer.hpp"
#include "support/raster_probe.hpp"
#include "support/test_files.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <vector>

using namespace recmap;
namespace fs = std::filesystem;

namespace {

constexpr int width = 53;
constexpr int height = 41;

std::vector<uint8_t> gradient() {
    std::vector<uint8_t> pixels(static_cast<size_t>(width) * height * render::Image::channels);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            uint8_t* p = pixels.data() + (static_cast<size_t>(y) * width + x) * 4;
            p[0] = static_cast<uint8_t>(x * 4);
            p[1] = static_cast<uint8_t>(y * 6);
            p[2] = static_cast<uint8_t>((x * y) % 251);
            p[3] = 0;
        }
    }
    return pixels;
}

} // namespace

TEST(PngStream, BandsOfAnyHeightMakeOneImage) {
    const auto dir = test::scratchDirectory("png-stream");
    const auto path = dir / "bands.png";
    const auto pixels = gradient();
    const size_t stride = static_cast<size_t>(width) * render::Image::channels;
    render::PngStream stream(path, width, height);
    int row = 0;
    for (int rows : {1, 17, 5, 18}) {
        stream.addRows(pixels.data() + row * stride, rows, stride);
        row += rows;
    }
    stream.finish();
    for (const auto& [x, y] : {std::pair{0, 0}, {52, 0}, {7, 17}, {30, 23}, {52, 40}}) {
        const auto p = pixels.data() + (static_cast<size_t>(y) * width + x) * 4;
        EXPECT_EQ(test::pixelAt(path, x, y), (test::Rgb{p[0], p[1], p[2]})) << x << "," << y;
    }
}

TEST(PngStream, AnUnfinishedStreamLeavesNoFile) {
    const auto dir = test::scratchDirectory("png-unfinished");
    const auto path = dir / "partial.png";
    const auto pixels = gradient();
    {
        render::PngStream stream(path, width, height);
        stream.addRows(pixels.data(), 10, static_cast<size_t>(width) * render::Image::channels);
        EXPECT_THROW(stream.finish(), core::Error); // 10 of 41 rows
    }
    EXPECT_TRUE(fs::is_empty(dir));
}
