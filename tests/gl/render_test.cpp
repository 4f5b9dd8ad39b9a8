// The renderer on a real OpenGL context (Mesa llvmpipe through EGL in CI): a synthetic mesh of
// two squares, checked pixel by pixel.

#include "gl/two_squares.hpp"
#include "render/headless_context.hpp"
#include "render/map_renderer.hpp"
#include "render/view_frame.hpp"

#include <algorithm>
#include <cstdlib>
#include <gtest/gtest.h>
#include <span>
#include <vector>

using namespace recmap;
using recmap::test::twoSquares;

namespace {

scene::MapScene colours(scene::Rgba left, scene::Rgba right) {
    scene::MapScene scene;
    scene.styleByEntity = {{"AAA", {left, left, false}}, {"BBB", {right, right, false}}};
    scene.showGraticule = false;
    return scene;
}

void expectPixel(const render::Image& image, int x, int y, scene::Rgba expected,
                 int tolerance = 2) {
    const uint8_t* p = image.pixel(x, y);
    EXPECT_NEAR(p[0], expected.r, tolerance) << "at " << x << "," << y;
    EXPECT_NEAR(p[1], expected.g, tolerance) << "at " << x << "," << y;
    EXPECT_NEAR(p[2], expected.b, tolerance) << "at " << x << "," << y;
}

// The two squares fitted into a 300 x 170 image.
render::RenderOptions twoSquaresImage(const geo::MapMesh& mesh) {
    render::RenderOptions options;
    options.width = 300;
    options.height = 170;
    options.extent = render::fitExtent(mesh.bounds, options.width, options.height);
    return options;
}

std::span<const uint8_t> bytesOf(const render::Image& image) {
    return {image.pixels.begin(), image.pixels.end()};
}

// Channels (RGB; alpha ignored) of two same-sized images further apart than `tolerance`, and
// the largest difference.
struct PixelDifference {
    size_t differing = 0;
    int largest = 0;
};
PixelDifference difference(std::span<const uint8_t> a, std::span<const uint8_t> b,
                           int tolerance = 0) {
    PixelDifference result;
    for (size_t i = 0; i < a.size() && i < b.size(); i += render::Image::channels) {
        for (size_t c = 0; c < 3; ++c) {
            const int delta = std::abs(a[i + c] - b[i + c]);
            result.largest = std::max(result.largest, delta);
            result.differing += delta > tolerance ? 1 : 0;
        }
    }
    return result;
}

class RendererTest : public ::testing::Test {
  protected:
    render::HeadlessContext context;
};

} // namespace

TEST_F(RendererTest, FillsEachEntityWithItsColourAndTheOceanAround) {
    const auto mesh = twoSquares();
    render::MapRenderer renderer(mesh);
    const auto scene = colours(scene::rgb(0xFF0000), scene::rgb(0x0000FF));
    renderer.setScene(scene);
    render::RenderOptions options;
    options.width = 400;
    options.height = 200;
    options.extent = mesh.bounds; // 100 px a unit, origin at pixel (200, 100)
    const auto image = renderer.render(options);
    ASSERT_EQ(image.width, 400);
    ASSERT_EQ(image.height, 200);
    expectPixel(image, 150, 50, scene::rgb(0xFF0000)); // x=-0.5, y=0.5: AAA
    expectPixel(image, 250, 50, scene::rgb(0x0000FF)); // x=+0.5, y=0.5: BBB
    expectPixel(image, 150, 150, scene.ocean);         // below the squares: ocean
    expectPixel(image, 50, 50, scene.ocean);
    // The shared border at x = 0 falls between pixel columns 199 and 200; antialiased, it
    // mixes the grey border colour into them: green appears where neither fill has any.
    const int green = std::max(image.pixel(199, 50)[1], image.pixel(200, 50)[1]);
    EXPECT_GT(green, 20);
    EXPECT_EQ(image.pixel(150, 50)[1], 0);
}

TEST_F(RendererTest, RecolouringChangesOnlyTheColourTable) {
    const auto mesh = twoSquares();
    render::MapRenderer renderer(mesh);
    render::RenderOptions options;
    options.width = 200;
    options.height = 100;
    options.extent = mesh.bounds;
    renderer.setScene(colours(scene::rgb(0xFF0000), scene::rgb(0x0000FF)));
    const auto before = renderer.render(options);
    renderer.setScene(colours(scene::rgb(0x00FF00), scene::rgb(0x0000FF)));
    const auto after = renderer.render(options);
    expectPixel(before, 75, 25, scene::rgb(0xFF0000));
    expectPixel(after, 75, 25, scene::rgb(0x00FF00));
    expectPixel(after, 125, 25, scene::rgb(0x0000FF));
}

TEST_F(RendererTest, TiledRenderingGivesTheSameImage) {
    const auto mesh = twoSquares();
    render::MapRenderer renderer(mesh);
    renderer.setScene(colours(scene::rgb(0xE9C9A6), scene::rgb(0xC8DCA7)));
    auto options = twoSquaresImage(mesh);
    const auto whole = renderer.render(options);
    options.maxTileSize = 64; // 5 x 3 tiles, partial ones at the right and bottom
    const auto tiled = renderer.render(options);
    ASSERT_EQ(whole.pixels.size(), tiled.pixels.size());
    EXPECT_EQ(difference(bytesOf(whole), bytesOf(tiled)).differing, 0U);
}

TEST_F(RendererTest, BandsGiveTheSameImageAsAWholeRender) {
    const auto mesh = twoSquares();
    render::MapRenderer renderer(mesh);
    renderer.setScene(colours(scene::rgb(0xE9C9A6), scene::rgb(0xC8DCA7)));
    auto options = twoSquaresImage(mesh);
    const auto whole = renderer.render(options);
    options.bandRows = 23; // 8 bands, the last of 9 rows
    options.onePassPixels = 0;
    std::vector<uint8_t> banded;
    std::vector<int> bandHeights;
    renderer.renderBands(options, [&](const uint8_t* pixels, int rows, size_t stride) {
        bandHeights.push_back(rows);
        for (int r = 0; r < rows; ++r) {
            banded.insert(banded.end(), pixels + r * stride,
                          pixels + r * stride + options.width * render::Image::channels);
        }
    });
    EXPECT_EQ(bandHeights, (std::vector<int>{23, 23, 23, 23, 23, 23, 23, 9}));
    ASSERT_EQ(banded.size(), whole.pixels.size());
    EXPECT_EQ(difference(banded, bytesOf(whole)).differing, 0U);
}

TEST_F(RendererTest, ReusedLayersGiveTheSameImageAsDrawingThroughColourChanges) {
    const auto mesh = twoSquares();
    render::MapRenderer direct(mesh);
    render::MapRenderer cached(mesh);
    auto options = twoSquaresImage(mesh);
    auto hatchedLeft = colours(scene::rgb(0xE9C9A6), scene::rgb(0xC8DCA7));
    hatchedLeft.styleByEntity["AAA"] = {scene::rgb(0xE9C9A6), scene::rgb(0x0072B2), true};
    // Three frames: hatched, then only the right square recoloured, then both.
    for (const auto& scene : {hatchedLeft, colours(scene::rgb(0xE9C9A6), scene::rgb(0xD55E00)),
                              colours(scene::rgb(0x009E73), scene::rgb(0xF0E442))}) {
        direct.setScene(scene);
        cached.setScene(scene);
        options.reuseLayers = false;
        const auto drawn = direct.render(options);
        options.reuseLayers = true;
        const auto recoloured = cached.render(options);
        ASSERT_EQ(drawn.pixels.size(), recoloured.pixels.size());
        // Line edges blend through a premultiplied layer: a rounding step at most.
        const auto apart = difference(bytesOf(drawn), bytesOf(recoloured), 2);
        EXPECT_EQ(apart.differing, 0U) << "largest difference " << apart.largest;
        expectPixel(recoloured, 100, 40, scene.styleOf("AAA").fill, 40);
    }
}

TEST(ViewFrame, FitsContentKeepingSquarePixels) {
    const auto extent = render::fitExtent({-2, -1, 2, 1}, 400, 400, 0.0);
    EXPECT_DOUBLE_EQ(extent.width(), 4);
    EXPECT_DOUBLE_EQ(extent.height(), 4);
    EXPECT_DOUBLE_EQ(extent.minY, -2);
}
