#pragma once

#include "geo/boundary_set.hpp"
#include "geo/map_mesh.hpp"
#include "geo/projection.hpp"

#include <string>
#include <unordered_map>

namespace recmap::geo {

struct MeshOptions {
    ProjectionSpec projection;
    double graticuleStep = 30; // degrees; 0 for none
    // Every polygon through GLU's tessellator, as before ear clipping: the reference that tests
    // compare the ear-clipped map against.
    bool gluOnly = false;
};

// Repairs, projects and triangulates every feature of `boundaries`, merging features that map
// to the same entity (`entityByKey`: boundary key -> entity code). Everything repaired, emptied
// or unmatched is counted in `report`.
[[nodiscard]] MapMesh buildMapMesh(const BoundarySet& boundaries,
                                   const std::unordered_map<std::string, std::string>& entityByKey,
                                   const MeshOptions& options, MeshReport& report);

} // namespace recmap::geo
