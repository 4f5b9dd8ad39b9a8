#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace recmap::cli {

// Where commands find the database built from `dataDir` when no --db is given: a file in the
// user's cache directory ($XDG_CACHE_HOME/recmap, else ~/.cache/recmap) named after the data
// directory.
[[nodiscard]] std::filesystem::path defaultDatabasePath(const std::filesystem::path& dataDir);

// Validates `dataDir` and writes the database to `output` (atomically). Throws core::InputError
// listing every finding when the data does not validate; the old database is left untouched.
void buildDatabase(const std::filesystem::path& dataDir, const std::filesystem::path& output,
                   const std::string& resolution, std::ostream& log);

// The default database for `dataDir`, rebuilt first when data/ changed since it was built.
[[nodiscard]] std::filesystem::path ensureDatabase(const std::filesystem::path& dataDir,
                                                   std::ostream& log);

// `recmap build-db [--data DIR] [-o FILE] [--resolution 110m|50m|10m]`.
void runBuildDatabase(const std::vector<std::string>& words, std::ostream& log);

} // namespace recmap::cli
