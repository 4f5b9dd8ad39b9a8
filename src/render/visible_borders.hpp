#pragma once

#include "geo/map_mesh.hpp"
#include "scene/map_scene.hpp"

#include <cstdint>
#include <vector>

namespace recmap::render {

// Per mesh slot, an index of the entity it is drawn as in the scene (scene.holderOf): slots with
// the same index are one entity on the scene's date.
[[nodiscard]] std::vector<uint32_t> holderIds(const geo::MapMesh& mesh,
                                              const scene::MapScene& scene);

// The mesh's border segments (pairs) without those between two slots of one holder; the mesh's
// own vector when none is left out (most dates). `kept` holds the copy when one is needed.
[[nodiscard]] const std::vector<geo::Vec2>& visibleBorders(const geo::MapMesh& mesh,
                                                           const std::vector<uint32_t>& holders,
                                                           std::vector<geo::Vec2>& kept);

} // namespace recmap::render
