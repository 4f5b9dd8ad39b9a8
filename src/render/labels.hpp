#pragma once

#include "geo/map_mesh.hpp"
#include "render/overlay.hpp"
#include "scene/map_scene.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace recmap::render {

class Font;

// Entity names placed on the map with collision avoidance: largest entities first, each label
// centred on the entity's anchor (or just above or below it), left out when it would overlap a
// label already placed or the title, legend and attribution in `overlay`, leave the image, or
// be much wider than the entity it names. Returns the labels (image pixels) to add to the
// overlay; they carry a halo so they read on any fill.
[[nodiscard]] std::vector<OverlayText>
placeLabels(const geo::MapMesh& mesh, const Overlay& overlay,
            const std::unordered_map<std::string, std::string>& names, const geo::Bounds& extent,
            int width, int height, const Font& font, scene::Rgba colour);

// The name each slot is labelled with: its own, or, for slots drawn as another entity on the
// scene's date, that entity's on its largest slot only (the Soviet Union named once, not its
// republics).
[[nodiscard]] std::unordered_map<std::string, std::string>
slotLabelNames(const geo::MapMesh& mesh, const scene::MapScene& scene);

} // namespace recmap::render
