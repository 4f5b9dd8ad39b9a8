#pragma once

#include "core/dataset.hpp"
#include "scene/map_scene.hpp"
#include "scene/palette.hpp"
#include "scene/view_spec.hpp"
#include "scene/worldview.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace recmap::scene {

// The map's entities, as the countries view needs them: codes and index pairs of neighbours.
struct MapEntities {
    const std::vector<std::string>& codes;
    const std::vector<std::pair<uint32_t, uint32_t>>& adjacency;
};

// The scene of any view as of a date, as the CLI and the explorer both draw it: the thematic
// scene (or the countries view's), every entity's name for labels, territories never drawn as
// markers, and the disputed territories drawn for the worldview.
[[nodiscard]] MapScene viewScene(const core::Dataset& dataset, const ViewSpec& view,
                                 const core::Date& date, const Palette& palette,
                                 const Worldview& worldview, const MapEntities& map);

} // namespace recmap::scene
