#include "workspace/database_location.hpp"

#include "store/database.hpp"
#include "workspace/data_paths.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace recmap::workspace {

std::filesystem::path defaultDatabasePath(const std::filesystem::path& dataDir) {
    std::filesystem::path cache;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
        cache = xdg;
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        cache = std::filesystem::path(home) / ".cache";
    } else {
        cache = std::filesystem::temp_directory_path();
    }
    const auto absolute =
        std::filesystem::weakly_canonical(std::filesystem::absolute(dataDir)).string();
    uint64_t hash = 14695981039346656037ULL;
    for (unsigned char c : absolute) {
        hash = (hash ^ c) * 1099511628211ULL;
    }
    char name[40];
    std::snprintf(name, sizeof name, "recmap-%016llx.gpkg", static_cast<unsigned long long>(hash));
    return cache / "recmap" / name;
}

std::string boundaryDescription(const std::filesystem::path& dataDir,
                                const std::string& resolution) {
    return "Natural Earth " + resolution + " (world-atlas 2.0.2): " +
           (resolution == "10m" ? std::string("countries-10m.json")
                                : boundaryFile(dataDir, resolution).filename().string());
}

bool databaseIsCurrent(const std::filesystem::path& database,
                       const std::filesystem::path& dataDir) {
    auto memo = database;
    memo += ".data-fingerprint";
    return store::databaseFingerprint(database) ==
           store::rememberedDataFingerprint(dataDir,
                                            boundaryDescription(dataDir, defaultResolution), memo);
}

} // namespace recmap::workspace
