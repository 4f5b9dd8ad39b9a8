#include "geo/entity_boundaries.hpp"

#include "geo/gdal_handles.hpp"

#include <map>

namespace recmap::geo {

std::vector<core::EntityBoundary>
entityBoundaries(const BoundarySet& boundaries,
                 const std::unordered_map<std::string, std::string>& entityByKey) {
    std::map<std::string, OGRMultiPolygon> merged;
    for (size_t i = 0; i < boundaries.size(); ++i) {
        auto found = entityByKey.find(boundaries.feature(i).key);
        if (found != entityByKey.end()) {
            collectPolygons(&boundaries.geometry(i), merged[found->second]);
        }
    }
    std::vector<core::EntityBoundary> result;
    for (auto& [code, polygons] : merged) {
        if (polygons.IsEmpty()) {
            continue;
        }
        core::EntityBoundary boundary;
        boundary.code = code;
        boundary.wkb.resize(static_cast<size_t>(polygons.WkbSize()));
        polygons.exportToWkb(wkbNDR, boundary.wkb.data(), wkbVariantIso);
        OGREnvelope envelope;
        polygons.getEnvelope(&envelope);
        boundary.minLon = envelope.MinX;
        boundary.minLat = envelope.MinY;
        boundary.maxLon = envelope.MaxX;
        boundary.maxLat = envelope.MaxY;
        result.push_back(std::move(boundary));
    }
    return result;
}

} // namespace recmap::geo
