#pragma once

#include "geo/map_mesh.hpp"

#include <cstdint>
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

// Keeps the mesh files (mesh-*.bin) of `directory` within `budgetBytes` together, removing the
// least recently used first (by modification time: a reader marks a file used with
// markMeshCacheUsed) but never `keep`. Files of older cache versions or of data since changed
// are never read again, so without this the cache only grows (28 MB a 1:10m mesh). Returns how
// many files were removed; a file that cannot be removed is left.
size_t pruneMeshCache(const std::filesystem::path& directory, const std::filesystem::path& keep,
                      std::uintmax_t budgetBytes);
// Marks a cache file as just used (its modification time set to now), for pruneMeshCache.
void markMeshCacheUsed(const std::filesystem::path& path);

} // namespace recmap::geo
