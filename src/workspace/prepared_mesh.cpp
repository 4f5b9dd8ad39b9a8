#include "workspace/prepared_mesh.hpp"

#include "geo/mesh_cache.hpp"
#include "workspace/boundary_matching.hpp"
#include "workspace/data_paths.hpp"

#include <algorithm>
#include <vector>

namespace recmap::workspace {
namespace {

// The mesh files kept in the cache directory, all together: a 1:10m mesh is 28 MB, a 1:50m one
// 5 MB, so this holds every resolution in a dozen projections.
constexpr std::uintmax_t meshCacheBudget = std::uintmax_t{512} << 20;

// What the mesh depends on apart from the dataset; the file is identified by path, size and
// modification time. It starts the cache file's name, so that a cold start is known (and the
// boundaries read early) before the dataset is loaded.
std::string fileKey(const std::filesystem::path& boundaries, const std::string& keyField,
                    const std::optional<geo::FeatureValidity>& validity,
                    const geo::ProjectionSpec& projection) {
    const auto canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(boundaries));
    std::string key =
        "mesh-v8|" + canonical.string() + "|" +
        std::to_string(std::filesystem::file_size(canonical)) + "|" +
        std::to_string(std::filesystem::last_write_time(canonical).time_since_epoch().count()) +
        "|" + keyField + "|" + std::string(geo::toString(projection.kind)) + "|" +
        std::to_string(projection.centerLon) + "|" + std::to_string(projection.centerLat);
    if (validity) {
        key += "|valid:" + validity->fromField + ":" + validity->toField + "@" +
               validity->date.toString();
    }
    return digest(key);
}

// What it depends on in the dataset: which feature is which entity, and the derived boundaries.
std::string matchingKey(const BoundaryMatching& matching) {
    std::vector<std::pair<std::string, std::string>> pairs(matching.entityByKey.begin(),
                                                           matching.entityByKey.end());
    std::sort(pairs.begin(), pairs.end());
    std::string key;
    for (const auto& [boundaryKey, code] : pairs) {
        key += "|" + boundaryKey + "=" + code;
    }
    for (const auto& derived : matching.derived) {
        key += "|" + derived.key + "<" + derived.fromKey + ":" + derived.ruleText;
    }
    return digest(key);
}

std::string cachePrefix(const std::filesystem::path& boundaries, const std::string& keyField,
                        const std::optional<geo::FeatureValidity>& validity,
                        const geo::ProjectionSpec& projection) {
    return "mesh-" + fileKey(boundaries, keyField, validity, projection) + "-";
}

} // namespace

bool meshCachedFor(const std::filesystem::path& boundaries, const std::string& keyField,
                   const std::optional<geo::FeatureValidity>& validity,
                   const geo::ProjectionSpec& projection) {
    if (!std::filesystem::exists(boundaries)) {
        return false;
    }
    const std::string prefix = cachePrefix(boundaries, keyField, validity, projection);
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(cacheDirectory(), error)) {
        if (entry.path().filename().string().starts_with(prefix)) {
            return true;
        }
    }
    return false;
}

geo::MapMesh prepareMesh(const std::filesystem::path& boundaries, const BoundaryMatching& matching,
                         const geo::ProjectionSpec& projection, const GdalServices& gdal,
                         std::ostream& log, bool writeCache,
                         std::unique_ptr<ReadBoundaries> boundariesRead) {
    std::filesystem::path cached;
    if (std::filesystem::exists(boundaries)) {
        cached = cacheDirectory() /
                 (cachePrefix(boundaries, matching.keyField, matching.validity, projection) +
                  matchingKey(matching) + ".bin");
        geo::MeshReport report;
        if (auto mesh = geo::readMeshCache(cached, report)) {
            geo::markMeshCacheUsed(cached);
            printMeshReport(boundaries, report, log);
            return std::move(*mesh);
        }
        if (std::filesystem::exists(cached)) {
            log << cached.string()
                << ": note: the mesh cache is unreadable (truncated, corrupt or of another "
                   "version); preparing the mesh again\n";
        }
    }
    geo::MeshReport report;
    auto mesh =
        gdal.buildMesh(boundaries, matching, projection, std::move(boundariesRead), report, log);
    printMeshReport(boundaries, report, log);
    if (!cached.empty() && writeCache && geo::writeMeshCache(cached, mesh, report)) {
        geo::pruneMeshCache(cached.parent_path(), cached, meshCacheBudget);
    }
    return mesh;
}

} // namespace recmap::workspace
