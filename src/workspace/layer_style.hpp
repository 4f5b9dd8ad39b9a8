#pragma once

#include "geo/feature_writer.hpp"
#include "scene/map_scene.hpp"
#include "workspace/map_facts.hpp"

#include <string>
#include <vector>

namespace recmap::workspace {

// One category of an exported layer: the value of its `category` field, the legend label shown
// for it (with the count, as on the PNG) and its style.
struct StyleCategory {
    std::string value;
    std::string label;
    scene::EntityStyle style;
};

// The legend's categories in the legend's order, then any category the facts use that the
// legend does not list (a disputed territory's worldview line, say).
[[nodiscard]] std::vector<StyleCategory> styleCategories(const scene::MapScene& scene,
                                                         const std::vector<MapFact>& facts);

// A QGIS style (QML: categorized renderer on `category`, hatched categories with a line pattern
// over the fill) and the same as an OGC SLD, for the GeoPackage's layer_styles table.
[[nodiscard]] geo::LayerStyle layerStyle(const std::string& name,
                                         const std::vector<StyleCategory>& categories,
                                         const scene::Rgba& border);

} // namespace recmap::workspace
