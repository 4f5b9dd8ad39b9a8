#pragma once

#include <filesystem>
#include <string>

namespace recmap::workspace {

// The Natural Earth scale the default database and maps use.
inline constexpr const char* defaultResolution = "50m";

// Where commands find the database built from `dataDir` when no --db is given: a file in the
// user's cache directory ($XDG_CACHE_HOME/recmap, else ~/.cache/recmap) named after the data
// directory.
[[nodiscard]] std::filesystem::path defaultDatabasePath(const std::filesystem::path& dataDir);

// How a database names the boundaries it holds (part of its fingerprint).
[[nodiscard]] std::string boundaryDescription(const std::filesystem::path& dataDir,
                                              const std::string& resolution);

// Was `database` built from `dataDir` as it is now, with the default boundaries, by this
// version? False for a missing, damaged or older file. Reads data/ (or, while its files are
// unchanged, the fingerprint remembered beside the database), never GDAL.
[[nodiscard]] bool databaseIsCurrent(const std::filesystem::path& database,
                                     const std::filesystem::path& dataDir);

} // namespace recmap::workspace
