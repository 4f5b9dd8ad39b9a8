// The map drawn from ear-clipped fills against the same map drawn from GLU's triangles (how every
// version before ear clipping triangulated): Natural Earth 1:50m, each country its own colour.

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

render::Image draw(const geo::MapMesh& mesh) {
    render::MapRenderer renderer(mesh);
    renderer.setScene(test::colourfulScene(mesh));
    render::RenderOptions options;
    options.width = 2048;
    options.height = 1024;
    options.extent = render::fitExtent(mesh.bounds, options.width, options.height);
    return renderer.render(options);
}

TEST(TriangulationRender, EarClippedMapMatchesTheGluMapToTheEdgePixels) {
    render::HeadlessContext context;
    const auto set = geo::BoundarySet::read(boundaries50m);
    const auto keys = test::eachFeatureItsOwn(set);
    geo::MeshReport earReport, gluReport;
    const auto earClipped = geo::buildMapMesh(set, keys, {}, earReport);
    geo::MeshOptions reference;
    reference.gluOnly = true;
    const auto glu = geo::buildMapMesh(set, keys, reference, gluReport);
    ASSERT_EQ(earClipped.entityCodes, glu.entityCodes);
    EXPECT_LT(earReport.gluPolygons, 10); // 1:50m has about 1400 polygons
    EXPECT_GT(gluReport.gluPolygons, 1000);

    const auto a = draw(earClipped);
    const auto b = draw(glu);
    size_t differing = 0, far = 0;
    for (size_t i = 0; i < a.pixels.size(); i += render::Image::channels) {
        int largest = 0;
        for (size_t c = 0; c < 3; ++c) {
            largest = std::max(largest, std::abs(a.pixels[i + c] - b.pixels[i + c]));
        }
        differing += largest > 0 ? 1 : 0;
        far += largest > 32 ? 1 : 0;
    }
    const size_t pixels = a.pixels.size() / render::Image::channels;
    // Where two triangles meet inside a polygon, which one a pixel's centre falls in can differ;
    // that changes nothing (same colour). Only pixels on an edge between colours can move.
    EXPECT_LT(far, pixels / 5000) << differing << " pixels differ at all";
}

} // namespace
