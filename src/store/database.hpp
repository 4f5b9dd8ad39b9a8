#pragma once

#include "core/dataset.hpp"
#include "core/entity_boundary.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace recmap::store {

// recmap's schema version inside the database (recmap_meta.schema_version).
inline constexpr int databaseSchemaVersion = 4;

struct DatabaseInfo {
    std::string fingerprint; // of the data the database was built from (see dataFingerprint)
    std::string boundaries;  // which boundary file the geometry came from
};

// Writes the dataset and boundaries as one SQLite file that is also a GeoPackage 1.3 (layer
// `entities` with geometry; attribute tables for organisations, sources, events, notes).
// Deterministic: the same input gives the same content. Atomic: written to a temporary file and
// renamed, so a failed or killed build leaves any previous database intact.
void writeDatabase(const std::filesystem::path& path, const core::Dataset& dataset,
                   const std::vector<core::EntityBoundary>& boundaries, const DatabaseInfo& info);

// Reads a database written by writeDatabase. Throws core::InputError naming the file when it is
// missing, not SQLite, or not a recmap database of this schema version.
[[nodiscard]] core::Dataset readDatabase(const std::filesystem::path& path);

// The fingerprint recorded in a database; nullopt when it is missing or unreadable.
[[nodiscard]] std::optional<std::string> databaseFingerprint(const std::filesystem::path& path);

// Every .csv under the data directory, sorted: what a database is built from.
[[nodiscard]] std::vector<std::filesystem::path> dataFiles(const std::filesystem::path& dataDir);

// A fingerprint of everything a database is built from: every .csv under the data directory
// (path and content) and `extra` (e.g. the boundary file's name and size).
[[nodiscard]] std::string dataFingerprint(const std::filesystem::path& dataDir,
                                          const std::string& extra);

// dataFingerprint, remembered in the file `memo` by each file's identity (path, inode, size,
// modification and status-change times), so an unchanged data directory is not read again. Data
// changed within `settle` of now is hashed but not remembered.
[[nodiscard]] std::string
rememberedDataFingerprint(const std::filesystem::path& dataDir, const std::string& extra,
                          const std::filesystem::path& memo,
                          std::chrono::seconds settle = std::chrono::seconds(2));

} // namespace recmap::store
