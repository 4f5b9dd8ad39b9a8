#pragma once

#include "geo/map_mesh.hpp"
#include "geo/projection.hpp"
#include "workspace/boundary_matching.hpp"

#include <filesystem>
#include <ostream>
#include <string>
#include <unordered_map>

namespace recmap::workspace {

// The projected, triangulated map for a boundary file, its matching to entities (derived
// boundaries cut first) and a projection: from the
// mesh cache ($XDG_CACHE_HOME/recmap/mesh-*.bin) when an identical preparation was done before,
// else built (GDAL, repair, PROJ, GLU) and cached unless !writeCache (one-off preparations, such
// as a globe turned in the explorer, would fill the cache). The report goes to `log` either way.
[[nodiscard]] geo::MapMesh prepareMesh(const std::filesystem::path& boundaries,
                                       const BoundaryMatching& matching,
                                       const geo::ProjectionSpec& projection, std::ostream& log,
                                       bool writeCache = true);

} // namespace recmap::workspace
