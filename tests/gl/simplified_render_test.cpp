// What a large export draws faster is still the same map: borders simplified to a quarter pixel
// against the borders as they are, and the sea cleared with only the outside of the globe drawn
// over it. Natural Earth 1:50m, each country its own colour.

#include "geo/boundary_set.hpp"
#include "geo/map_mesh_builder.hpp"
#include "gl/colourful_scene.hpp"
#include "render/headless_context.hpp"
#include "render/map_renderer.hpp"
#include "render/view_frame.hpp"

#include <cstdlib>
#include <gtest/gtest.h>

using namespace recmap;

namespace {

const std::string boundaries50m = RECMAP_SOURCE_DIR "/data/boundaries/countries-50m.json";

geo::MapMesh mesh50m(geo::ProjectionKind projection) {
    const auto set = geo::BoundarySet::read(boundaries50m);
    geo::MeshOptions options;
    options.projection.kind = projection;
    geo::MeshReport report;
    return geo::buildMapMesh(set, test::eachFeatureItsOwn(set), options, report);
}

// Sea and outside in colours no country is given.
scene::MapScene colourful(const geo::MapMesh& mesh) {
    auto scene = test::colourfulScene(mesh);
    scene.ocean = {30, 60, 200, 255};
    scene.background = {250, 250, 240, 255};
    return scene;
}

render::Image draw(const geo::MapMesh& mesh, int width, int height, float borderTolerance) {
    render::MapRenderer renderer(mesh);
    renderer.setScene(colourful(mesh));
    render::RenderOptions options;
    options.width = width;
    options.height = height;
    options.extent = render::fitExtent(mesh.bounds, options.width, options.height);
    options.borderTolerance = borderTolerance;
    return renderer.render(options);
}

int largestDifference(const render::Image& a, const render::Image& b, size_t pixel) {
    int largest = 0;
    for (size_t c = 0; c < 3; ++c) {
        const size_t i = pixel * render::Image::channels + c;
        largest = std::max(largest, std::abs(a.pixels[i] - b.pixels[i]));
    }
    return largest;
}

} // namespace

TEST(SimplifiedRender, BordersSimplifiedToAQuarterPixelChangeFewPixelsByMuch) {
    render::HeadlessContext context;
    const auto mesh = mesh50m(geo::ProjectionKind::PlateCarree);
    const auto exact = draw(mesh, 4096, 2048, 0);
    const auto simplified = draw(mesh, 4096, 2048, 0.25f);
    const size_t pixels = exact.pixels.size() / render::Image::channels;
    size_t differing = 0, beyond32 = 0;
    double total = 0;
    for (size_t i = 0; i < pixels; ++i) {
        const int d = largestDifference(exact, simplified, i);
        differing += d > 0 ? 1 : 0;
        beyond32 += d > 32 ? 1 : 0;
        total += d;
    }
    // Only antialiased border pixels move, where a dropped vertex was (its segments' ends
    // overlapped there and were blended twice): 0.16% by more than 32 levels when written.
    EXPECT_GT(differing, 0u); // the tolerance was used
    EXPECT_LT(beyond32, pixels / 300) << differing << " pixels differ at all";
    EXPECT_LT(total / static_cast<double>(pixels), 0.5);
}

TEST(SimplifiedRender, TheSeaIsClearedAndOnlyTheOutsideOfARoundGlobeIsDrawn) {
    render::HeadlessContext context;
    const auto mesh = mesh50m(geo::ProjectionKind::Orthographic);
    const auto image = draw(mesh, 800, 400, 0.25f); // a wide image: most of it is outside
    const auto scene = colourful(mesh);
    const auto expectColour = [&](int x, int y, const scene::Rgba& colour) {
        const uint8_t* p = image.pixel(x, y);
        EXPECT_NEAR(p[0], colour.r, 2) << x << "," << y;
        EXPECT_NEAR(p[1], colour.g, 2) << x << "," << y;
        EXPECT_NEAR(p[2], colour.b, 2) << x << "," << y;
    };
    // Corners, the far left and right, and just outside the globe's rim above the middle.
    for (const auto& [x, y] :
         {std::pair{0, 0}, {799, 0}, {0, 399}, {799, 399}, {20, 200}, {780, 200}, {400, 2}}) {
        expectColour(x, y, scene.background);
    }
    // The Gulf of Guinea, at the centre of a globe centred on 0, 0.
    expectColour(400, 200, scene.ocean);
}
