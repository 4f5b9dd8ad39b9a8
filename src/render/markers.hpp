#pragma once

#include "geo/map_mesh.hpp"
#include "scene/map_scene.hpp"

#include <vector>

namespace recmap::render {

// A circle standing in for an entity too small to see at the output scale.
struct Marker {
    uint32_t entity = 0; // index into the mesh's entityCodes
    geo::Vec2 centre;    // projected coordinates
    double radius = 0;   // map units
};

// The entities smaller than a few pixels across at `unitsPerPixel` (territories and unmatched
// boundaries left out), each with a circle a few pixels wide; sizes scale with the image width.
[[nodiscard]] std::vector<Marker> smallEntityMarkers(const geo::MapMesh& mesh,
                                                     const scene::MapScene& scene,
                                                     double unitsPerPixel, int imageWidth);

} // namespace recmap::render
