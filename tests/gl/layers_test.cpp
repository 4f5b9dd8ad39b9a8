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

    GLuint texture = 0, framebuffer = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, 400, 200, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glGenFramebuffers(1, &framebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
    glViewport(0, 0, 400, 200);
    renderer.composite(0, 0);
    std::vector<uint8_t> pixels(400 * 200 * 4);
    glReadPixels(0, 0, 400, 200, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
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
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    renderer.composite(0, 0);
    glReadPixels(0, 0, 400, 200, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    EXPECT_EQ(at(150, 150)[1], 255);
    // Recolouring in place (only AAA's triangles) gives the image a full recompose gives.
    const std::vector<uint8_t> recoloured = pixels;
    renderer.renderLayers(mesh.bounds, 400, 200);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glViewport(0, 0, 400, 200);
    renderer.composite(0, 0);
    glReadPixels(0, 0, 400, 200, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    EXPECT_EQ(recoloured, pixels);
    // Panning shifts the cached image; what lies beyond the cache is background.
    renderer.composite(50, 0);
    glReadPixels(0, 0, 400, 200, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    EXPECT_EQ(at(100, 150)[1], 255); // cache pixel (150, 150): AAA, now green
    EXPECT_EQ(at(190, 150)[2], 255); // cache pixel (240, 150): BBB
    EXPECT_EQ(at(380, 150)[0], scene.background.r);
    EXPECT_EQ(at(380, 150)[2], scene.background.b);
    glDeleteFramebuffers(1, &framebuffer);
    glDeleteTextures(1, &texture);
}
