#pragma once

#include <filesystem>
#include <ostream>
#include <string>

namespace recmap::workspace {

// The Natural Earth scale the default database and maps use.
inline constexpr const char* defaultResolution = "50m";

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

} // namespace recmap::workspace
