#pragma once

#include "geo/map_mesh.hpp"
#include "geo/projection.hpp"

#include <filesystem>
#include <ostream>
#include <string>
#include <unordered_map>

namespace recmap::cli {

// The projected, triangulated map for a boundary file, entity matching and projection: from the
// mesh cache ($XDG_CACHE_HOME/recmap/mesh-*.bin) when an identical preparation was done before,
// else built (GDAL, repair, PROJ, GLU) and cached. The preparation report goes to `log` either way.
[[nodiscard]] geo::MapMesh
prepareMesh(const std::filesystem::path& boundaries, const std::string& keyField,
            const std::unordered_map<std::string, std::string>& entityByKey,
            const geo::ProjectionSpec& projection, std::ostream& log);

} // namespace recmap::cli
