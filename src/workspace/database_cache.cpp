#include "workspace/database_cache.hpp"

#include "core/error.hpp"
#include "geo/boundary_set.hpp"
#include "geo/derived_boundaries.hpp"
#include "geo/entity_boundaries.hpp"
#include "store/database.hpp"
#include "store/dataset_reader.hpp"
#include "workspace/boundary_matching.hpp"
#include "workspace/data_paths.hpp"
#include "workspace/findings_error.hpp"

#include <chrono>
#include <cstdlib>

namespace recmap::workspace {
namespace {

std::string boundaryDescription(const std::filesystem::path& dataDir,
                                const std::string& resolution) {
    return "Natural Earth " + resolution + " (world-atlas 2.0.2): " +
           (resolution == "10m" ? std::string("countries-10m.json")
                                : boundaryFile(dataDir, resolution).filename().string());
}

} // namespace

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

void buildDatabase(const std::filesystem::path& dataDir, const std::filesystem::path& output,
                   const std::string& resolution, std::ostream& log) {
    auto result = store::readDataDirectory(dataDir);
    throwIfFindings(result.findings);
    const auto boundaryPath = boundaryFile(dataDir, resolution);
    auto boundaries = geo::BoundarySet::read(boundaryPath);
    const auto matching = boundaryMatching(result.dataset);
    for (const auto& note : geo::applyDerivedBoundaries(boundaries, matching.derived)) {
        log << boundaryPath.string() << ": note: " << note << "\n";
    }
    const auto geometry = geo::entityBoundaries(boundaries, matching.entityByKey);
    std::filesystem::create_directories(std::filesystem::absolute(output).parent_path());
    const std::string description = boundaryDescription(dataDir, resolution);
    store::writeDatabase(output, result.dataset, geometry,
                         {store::dataFingerprint(dataDir, description), description});
    log << output.string() << ": note: " << result.dataset.entities().size() << " entities ("
        << geometry.size() << " with boundaries), " << result.dataset.recognitionEvents().size()
        << " recognition and " << result.dataset.membershipEvents().size() << " membership events, "
        << result.dataset.sources().size() << " sources\n";
}

std::filesystem::path ensureDatabase(const std::filesystem::path& dataDir, std::ostream& log) {
    const auto path = defaultDatabasePath(dataDir);
    const auto expected =
        store::dataFingerprint(dataDir, boundaryDescription(dataDir, defaultResolution));
    if (store::databaseFingerprint(path) != expected) {
        // One note, whatever the cause: data changed, another schema, or a damaged file.
        log << path.string() << ": note: "
            << (std::filesystem::exists(path)
                    ? dataDir.string() + " changed, or the cached database is of another " +
                          "version or unreadable; rebuilding it\n"
                    : "building the database from " + dataDir.string() + "\n");
        buildDatabase(dataDir, path, defaultResolution, log);
    }
    return path;
}

} // namespace recmap::workspace
