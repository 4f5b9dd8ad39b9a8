#pragma once

// The GL tests' way to see every triangle of a real map: each entity in a colour of its own, so
// that a triangle of one drawn over another, or a gap, changes pixels. No graticule.

#include "geo/boundary_set.hpp"
#include "geo/map_mesh.hpp"
#include "scene/map_scene.hpp"

#include <string>
#include <unordered_map>

namespace recmap::test {

inline scene::MapScene colourfulScene(const geo::MapMesh& mesh) {
    scene::MapScene scene;
    for (size_t i = 0; i < mesh.entityCodes.size(); ++i) {
        const auto hash = static_cast<uint32_t>(i * 2654435761u);
        const scene::Rgba colour{static_cast<uint8_t>(40 + hash % 200),
                                 static_cast<uint8_t>(40 + (hash >> 8) % 200),
                                 static_cast<uint8_t>(40 + (hash >> 16) % 200), 255};
        scene.styleByEntity[mesh.entityCodes[i]] = {colour, colour, false};
    }
    scene.showGraticule = false;
    return scene;
}

// Each feature its own entity, named by its boundary key.
inline std::unordered_map<std::string, std::string> eachFeatureItsOwn(const geo::BoundarySet& set) {
    std::unordered_map<std::string, std::string> keys;
    for (size_t i = 0; i < set.size(); ++i) {
        keys[set.feature(i).key] = set.feature(i).key;
    }
    return keys;
}

} // namespace recmap::test
