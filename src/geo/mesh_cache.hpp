#pragma once

#include "geo/map_mesh.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace recmap::geo {

// Prepared meshes on disk, so geometry is repaired, projected and triangulated once per
// (boundaries, entity matching, projection) rather than once per run. A small binary format
// (native endianness, versioned); a file that does not match is ignored, never trusted.

// Reads a cached mesh and the report of its preparation; nullopt if absent, stale or damaged.
[[nodiscard]] std::optional<MapMesh> readMeshCache(const std::filesystem::path& path,
                                                   MeshReport& report);
// Writes atomically; failure to write a cache is not an error for the caller (returns false).
bool writeMeshCache(const std::filesystem::path& path, const MapMesh& mesh,
                    const MeshReport& report);

} // namespace recmap::geo
