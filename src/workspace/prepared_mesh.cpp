#include "workspace/prepared_mesh.hpp"

#include "geo/boundary_set.hpp"
#include "geo/derived_boundaries.hpp"
#include "geo/map_mesh_builder.hpp"
#include "geo/mesh_cache.hpp"
#include "workspace/boundary_matching.hpp"
#include "workspace/data_paths.hpp"

#include <algorithm>
#include <vector>

namespace recmap::workspace {
namespace {

// Everything the mesh depends on; the file is identified by path, size and modification time.
std::string cacheKey(const std::filesystem::path& boundaries, const BoundaryMatching& matching,
                     const geo::ProjectionSpec& projection) {
    const auto canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(boundaries));
    std::string key =
        "mesh-v7|" + canonical.string() + "|" +
        std::to_string(std::filesystem::file_size(canonical)) + "|" +
        std::to_string(std::filesystem::last_write_time(canonical).time_since_epoch().count()) +
        "|" + matching.keyField + "|" + std::string(geo::toString(projection.kind)) + "|" +
        std::to_string(projection.centerLon) + "|" + std::to_string(projection.centerLat);
    std::vector<std::pair<std::string, std::string>> pairs(matching.entityByKey.begin(),
                                                           matching.entityByKey.end());
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [boundaryKey, code] : pairs) {
        key += "|" + boundaryKey + "=" + code;
    }
    for (const auto& derived : matching.derived) {
        key += "|" + derived.key + "<" + derived.fromKey + ":" + derived.ruleText;
    }
    if (matching.validity) {
        key += "|valid:" + matching.validity->fromField + ":" + matching.validity->toField + "@" +
               matching.validity->date.toString();
    }
    return digest(key);
}

} // namespace

geo::MapMesh prepareMesh(const std::filesystem::path& boundaries, const BoundaryMatching& matching,
                         const geo::ProjectionSpec& projection, std::ostream& log,
                         bool writeCache) {
    std::filesystem::path cached;
    if (std::filesystem::exists(boundaries)) {
        cached = cacheDirectory() / ("mesh-" + cacheKey(boundaries, matching, projection) + ".bin");
        geo::MeshReport report;
        if (auto mesh = geo::readMeshCache(cached, report)) {
            printMeshReport(boundaries, report, log);
            return std::move(*mesh);
        }
        if (std::filesystem::exists(cached)) {
            log << cached.string()
                << ": note: the mesh cache is unreadable (truncated, corrupt or of another "
                   "version); preparing the mesh again\n";
        }
    }
    // Names the file if it fails.
    auto set = geo::BoundarySet::read(boundaries, matching.keyField,
                                      matching.validity ? &*matching.validity : nullptr);
    if (matching.validity) {
        log << boundaries.string() << ": note: " << set.size() << " features valid on "
            << matching.validity->date.toString() << ", " << set.notValid() << " not\n";
    }
    for (const auto& note : geo::applyDerivedBoundaries(set, matching.derived)) {
        log << boundaries.string() << ": note: " << note << "\n";
    }
    geo::MeshOptions options;
    options.projection = projection;
    geo::MeshReport report;
    auto mesh = geo::buildMapMesh(set, matching.entityByKey, options, report);
    printMeshReport(boundaries, report, log);
    if (!cached.empty() && writeCache) {
        geo::writeMeshCache(cached, mesh, report);
    }
    return mesh;
}

} // namespace recmap::workspace
