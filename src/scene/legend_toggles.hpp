#pragma once

#include "scene/map_scene.hpp"

#include <set>
#include <string>

namespace recmap::scene {

// Draws the entities of the legend categories labelled in `hidden` in the scene's hiddenFill,
// unhatched, and marks those legend entries hidden; counts stay as they are (the explorer's
// legend toggles).
void hideCategories(MapScene& scene, const std::set<std::string>& hidden);

} // namespace recmap::scene
