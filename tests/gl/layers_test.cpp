// The explorer's cached layers on a real GL context: entity ids for picking, and the composite
// colouring them through the scene's tables.

#include "gl/two_squares.hpp"
#include "render/headless_context.hpp"
#include "render/map_renderer.hpp"

#include <epoxy/gl.h>
#include <gtest/gtest.h>
#include <vector>

using namespace recmap;
using recmap::test::twoSquares;

namespace {

// The composed layers, read back through composite() with cache pixel (offsetX, 0) at the left,
// into a texture of the given size.
std::vector<uint8_t> composedPixels(render::MapRenderer& renderer, int width, int height,
                                    int offsetX = 0) {
    GLuint texture = 0, framebuffer = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glGenFramebuffers(1, &framebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
    glViewport(0, 0, width, height);
    renderer.composite(offsetX, 0);
    std::vector<uint8_t> pixels(static_cast<size_t>(width * height * 4));
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteFramebuffers(1, &framebuffer);
    glDeleteTextures(1, &texture);
    return pixels;
}

} // namespace

TEST(Layers, IdsPickEntitiesAndTheCompositeColoursThem) {
    render::HeadlessContext context;
    const auto mesh = twoSquares();
    render::MapRenderer renderer(mesh);
    scene::MapScene scene;
    scene.styleByEntity = {{"AAA", {scene::rgb(0xFF0000), {}, false}},
                           {"BBB", {scene::rgb(0x0000FF), {}, false}}};
    scene.showGraticule = false;
    renderer.setScene(scene);
    renderer.renderLayers(mesh.bounds, 400, 200); // 100 px a unit; y = 0 at row 100 (bottom-up)
    EXPECT_EQ(renderer.entityAt(150, 150), "AAA");
    EXPECT_EQ(renderer.entityAt(250, 150), "BBB");
    EXPECT_FALSE(renderer.entityAt(150, 50)); // the sea

    auto pixels = composedPixels(renderer, 400, 200);
    auto at = [&](int x, int y) {
        return pixels.data() + (y * 400 + x) * 4;
    };
    EXPECT_EQ(at(150, 150)[0], 255) << int(at(150, 150)[1]) << "," << int(at(150, 150)[2]);
    EXPECT_EQ(at(150, 150)[2], 0);
    EXPECT_EQ(at(250, 150)[2], 255);
    EXPECT_EQ(at(150, 50)[0], scene.ocean.r);
    EXPECT_EQ(at(150, 50)[2], scene.ocean.b);
    // Recolouring needs no new layers.
    scene.styleByEntity["AAA"] = {scene::rgb(0x00FF00), {}, false};
    renderer.setScene(scene);
    pixels = composedPixels(renderer, 400, 200);
    EXPECT_EQ(at(150, 150)[1], 255);
    // Recolouring in place (only AAA's triangles) gives the image a full recompose gives.
    const std::vector<uint8_t> recoloured = pixels;
    renderer.renderLayers(mesh.bounds, 400, 200);
    pixels = composedPixels(renderer, 400, 200);
    EXPECT_EQ(recoloured, pixels);
    // Panning shifts the cached image; what lies beyond the cache is background.
    pixels = composedPixels(renderer, 400, 200, 50);
    EXPECT_EQ(at(100, 150)[1], 255); // cache pixel (150, 150): AAA, now green
    EXPECT_EQ(at(190, 150)[2], 255); // cache pixel (240, 150): BBB
    EXPECT_EQ(at(380, 150)[0], scene.background.r);
    EXPECT_EQ(at(380, 150)[2], scene.background.b);
}

TEST(Layers, WhenOnlyTheBordersChangeTheLinesAloneAreDrawnAgainToTheSameImage) {
    render::HeadlessContext context;
    auto mesh = twoSquares();
    mesh.borderSides = {{0, 1}}; // the border at x = 0 lies between AAA and BBB
    // A meridian over the left square and the sea, a parallel over the sea only.
    mesh.graticuleVertices = {{-0.5f, -1}, {-0.5f, 1}, {-2, -0.5f}, {2, -0.5f}};
    scene::MapScene apart;
    apart.styleByEntity = {{"AAA", {scene::rgb(0xE9C9A6), {}, false}},
                           {"BBB", {scene::rgb(0xC8DCA7), {}, false}}};
    auto joined = apart; // the boundary history on another date: AAA drawn as part of BBB
    joined.holderOf["AAA"] = "BBB";
    joined.styleByEntity["AAA"] = joined.styleByEntity["BBB"];
    const double unitsPerPixel = 4.0 / 400;

    render::MapRenderer kept(mesh);
    kept.setScene(apart);
    kept.prepareLines(unitsPerPixel);
    kept.renderLayers(mesh.bounds, 400, 200);
    const auto before = composedPixels(kept, 400, 200);
    kept.setScene(joined);
    ASSERT_TRUE(kept.bordersChanged());
    kept.prepareLines(unitsPerPixel);
    kept.renderLayers(mesh.bounds, 400, 200); // the same extent and markers: ids kept
    const auto after = composedPixels(kept, 400, 200);

    render::MapRenderer fresh(mesh);
    fresh.setScene(joined);
    fresh.prepareLines(unitsPerPixel);
    fresh.renderLayers(mesh.bounds, 400, 200);
    EXPECT_EQ(after, composedPixels(fresh, 400, 200));

    // Without drawing the layers again: composite() redraws the lines where the borders changed.
    render::MapRenderer lazy(mesh);
    lazy.setScene(apart);
    lazy.prepareLines(unitsPerPixel);
    lazy.renderLayers(mesh.bounds, 400, 200);
    EXPECT_EQ(before, composedPixels(lazy, 400, 200));
    lazy.setScene(joined);
    EXPECT_EQ(after, composedPixels(lazy, 400, 200));
    lazy.setScene(apart);
    EXPECT_EQ(before, composedPixels(lazy, 400, 200));

    auto at = [](const std::vector<uint8_t>& pixels, int x, int y) {
        return pixels.data() + (y * 400 + x) * 4;
    };
    // The border at column 200 is drawn apart, gone when joined; the meridian (column 150) shows
    // over the sea (row 50) and not over the land (row 150), before and after.
    EXPECT_LT(at(before, 200, 150)[0], 0xC8 - 40);
    EXPECT_EQ(at(after, 200, 150)[0], 0xC8);
    for (const auto* pixels : {&before, &after}) {
        EXPECT_NE(at(*pixels, 150, 50)[2], apart.ocean.b);
        EXPECT_EQ(at(*pixels, 150, 150)[1], pixels == &before ? 0xC9 : 0xDC);
    }
}

TEST(Layers, RecolouringByRectangleOrOnlyWhereSeenGivesTheImageAFullRecomposeGives) {
    render::HeadlessContext context;
    auto mesh = twoSquares();
    // AAA as a fine grid (3200 triangles on 100 x 100 pixels): cheaper recoloured as its
    // bounding rectangle than as its triangles.
    mesh.fillVertices.clear();
    mesh.fillEntities.clear();
    mesh.fillIndices.clear();
    constexpr int cells = 40;
    for (int j = 0; j <= cells; ++j) {
        for (int i = 0; i <= cells; ++i) {
            mesh.fillVertices.push_back(
                {-1.0f + static_cast<float>(i) / cells, static_cast<float>(j) / cells});
            mesh.fillEntities.push_back(0);
        }
    }
    for (uint32_t j = 0; j < cells; ++j) {
        for (uint32_t i = 0; i < cells; ++i) {
            const uint32_t v = j * (cells + 1) + i;
            for (uint32_t k : {v, v + 1, v + cells + 2, v, v + cells + 2, v + cells + 1}) {
                mesh.fillIndices.push_back(k);
            }
        }
    }
    const auto base = static_cast<uint32_t>(mesh.fillVertices.size());
    for (const auto& v : {geo::Vec2{0, 0}, geo::Vec2{1, 0}, geo::Vec2{1, 1}, geo::Vec2{0, 1}}) {
        mesh.fillVertices.push_back(v);
        mesh.fillEntities.push_back(1);
    }
    for (uint32_t k : {0u, 1u, 2u, 0u, 2u, 3u}) {
        mesh.fillIndices.push_back(base + k);
    }
    scene::MapScene red;
    red.showGraticule = false;
    red.styleByEntity = {{"AAA", {scene::rgb(0xFF0000), {}, false}},
                         {"BBB", {scene::rgb(0x0000FF), {}, false}}};
    auto green = red;
    green.styleByEntity["AAA"] = {scene::rgb(0x00FF00), {}, false};
    auto yellow = red;
    yellow.styleByEntity["AAA"] = {scene::rgb(0xFFFF00), {}, false};

    const auto freshImage = [&](const scene::MapScene& scene) {
        render::MapRenderer fresh(mesh);
        fresh.setScene(scene);
        fresh.renderLayers(mesh.bounds, 400, 200);
        return composedPixels(fresh, 400, 200);
    };
    render::MapRenderer renderer(mesh);
    renderer.setScene(red);
    renderer.renderLayers(mesh.bounds, 400, 200);
    EXPECT_EQ(composedPixels(renderer, 400, 200), freshImage(red));
    renderer.setScene(green); // recoloured by its rectangle
    EXPECT_EQ(composedPixels(renderer, 400, 200), freshImage(green));

    // A window onto cache columns 150-249 recolours only what it shows...
    renderer.setScene(yellow);
    const auto seen = composedPixels(renderer, 100, 200, 150);
    const auto* pixel = seen.data() + (150 * 100 + 20) * 4; // cache pixel (170, 150): AAA
    EXPECT_EQ(pixel[0], 255);
    EXPECT_EQ(pixel[1], 255);
    EXPECT_EQ(pixel[2], 0);
    // ... and the rest, left stale, is composed once it comes into view.
    EXPECT_EQ(composedPixels(renderer, 400, 200), freshImage(yellow));
}
