#include "render/font.hpp"
#include "render/labels.hpp"

#include <gtest/gtest.h>
#include <set>

using namespace recmap;

namespace {

// Entities as squares of the given size centred on (x, y), in map units = pixels here.
geo::MapMesh squares(const std::vector<std::tuple<std::string, float, float, float>>& shapes) {
    geo::MapMesh mesh;
    for (const auto& [code, x, y, size] : shapes) {
        mesh.entityCodes.push_back(code);
        mesh.entityAreas.push_back(double(size) * size);
        mesh.entityAnchors.push_back({x, y});
    }
    return mesh;
}

struct Box {
    float left, top, right, bottom;
};

Box boxOf(const render::OverlayText& text, const render::Font& font) {
    return {text.x, text.y - text.size, text.x + font.measure(text.text, text.size), text.y};
}

} // namespace

TEST(Labels, PlacesNamesWithoutCollisions) {
    const render::Font font;
    // A 1000 x 500 image showing map units 0..1000 x 0..500 (y up).
    const geo::Bounds extent{0, 0, 1000, 500};
    const auto mesh = squares({{"BIG", 300, 250, 300},
                               {"TWIN", 310, 255, 280},
                               {"FAR", 800, 250, 200},
                               {"DOT", 600, 100, 3}});
    const std::unordered_map<std::string, std::string> names{
        {"BIG", "Bigland"}, {"TWIN", "Twinland"}, {"FAR", "Farland"}, {"DOT", "Dotland"}};
    render::Overlay overlay;
    const auto labels =
        render::placeLabels(mesh, overlay, names, extent, 1000, 500, font, scene::rgb(0x222222));
    std::set<std::string> placed;
    for (const auto& label : labels) {
        placed.insert(label.text);
        EXPECT_TRUE(label.halo);
    }
    EXPECT_TRUE(placed.contains("Bigland"));
    EXPECT_TRUE(placed.contains("Farland"));
    EXPECT_FALSE(placed.contains("Dotland")); // far smaller than its name
    for (size_t i = 0; i < labels.size(); ++i) {
        for (size_t j = i + 1; j < labels.size(); ++j) {
            const auto a = boxOf(labels[i], font), b = boxOf(labels[j], font);
            EXPECT_FALSE(a.left < b.right && b.left < a.right && a.top < b.bottom &&
                         b.top < a.bottom)
                << labels[i].text << " overlaps " << labels[j].text;
        }
    }
}

TEST(Labels, KeepClearOfTheLegend) {
    const render::Font font;
    const geo::Bounds extent{0, 0, 1000, 500};
    const auto mesh = squares({{"BIG", 300, 250, 300}});
    render::Overlay overlay;
    overlay.rects.push_back(
        {200, 200, 300, 100, {}, false, {}}); // covers BIG's anchor (pixel y 250)
    const auto labels = render::placeLabels(mesh, overlay, {{"BIG", "Bigland"}}, extent, 1000, 500,
                                            font, scene::rgb(0x222222));
    for (const auto& label : labels) {
        const auto box = boxOf(label, font);
        EXPECT_FALSE(box.left < 500 && 200 < box.right && box.top < 300 && 200 < box.bottom);
    }
}
