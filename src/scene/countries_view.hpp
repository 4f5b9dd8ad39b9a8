#pragma once

#include "scene/map_scene.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace recmap::scene {

// The plain political map: each entity gets a fill from a small qualitative palette such that
// entities sharing a border differ. `adjacency` holds index pairs into `codes`. Codes starting
// with '?' (boundaries matched to no entity) keep the neutral unknown fill.
[[nodiscard]] MapScene countriesScene(const std::vector<std::string>& codes,
                                      const std::vector<std::pair<uint32_t, uint32_t>>& adjacency);

// The palette countriesScene() draws from.
[[nodiscard]] const std::vector<Rgba>& politicalPalette();

} // namespace recmap::scene
