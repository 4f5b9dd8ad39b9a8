#pragma once

#include "scene/map_scene.hpp"

#include <string>
#include <vector>

namespace recmap::render {

class Font;

// Map furniture laid out in image pixels (origin top-left, y down), shared by the raster
// renderer and the SVG writer so both show the same title, legend and attribution.
struct OverlayRect {
    float x = 0, y = 0, width = 0, height = 0;
    scene::EntityStyle style;
    bool outlined = false;
    scene::Rgba outline;
};

struct OverlayText {
    float x = 0, y = 0; // left end of the baseline
    float size = 12;    // pixels
    std::string text;
    scene::Rgba colour;
    bool bold = false;
    bool halo = false; // a white outline, so map labels read on any fill
};

struct Overlay {
    std::vector<OverlayRect> rects;
    std::vector<OverlayText> texts;
    float mapTop = 0; // the map is fitted between these rows, leaving room for the furniture
    float mapBottom = 0;
};

// Title at the top, legend (swatches, labels, counts) at the bottom left, attribution at the
// bottom right; sizes scale with the image. Without a legend, only the map area is set.
[[nodiscard]] Overlay layoutOverlay(const scene::MapScene& scene, int width, int height,
                                    const Font* font, bool legend);

// "Recognises: 112 (111 UN members)".
[[nodiscard]] std::string legendLabel(const scene::LegendEntry& entry);

} // namespace recmap::render
