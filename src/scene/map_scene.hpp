#pragma once

#include "scene/rgba.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace recmap::scene {

struct LegendEntry {
    std::string label;
    Rgba colour;
    int count = 0;
};

// "What to draw": a colour per entity code and the map's furniture, as pure data. The renderer
// (window or CLI) turns it into pixels; nothing here knows about GL.
struct MapScene {
    std::unordered_map<std::string, Rgba> fillByEntity;
    Rgba unknownFill = rgb(0xBDBDBD); // entities with no colour (e.g. unmatched boundaries)
    Rgba background = rgb(0xFFFFFF);  // outside the globe
    Rgba ocean = rgb(0xD6E8F5);
    Rgba border = rgb(0x4D4D4D);
    Rgba graticule = rgb(0xB4CADB);
    bool showGraticule = true;
    std::string title;
    std::string attribution;
    std::vector<LegendEntry> legend;

    [[nodiscard]] Rgba fillOf(const std::string& code) const {
        auto found = fillByEntity.find(code);
        return found == fillByEntity.end() ? unknownFill : found->second;
    }
};

} // namespace recmap::scene
