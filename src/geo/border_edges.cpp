#include "geo/border_edges.hpp"

#include <cmath>
#include <ogr_geometry.h>

namespace recmap::geo {
namespace {

// A point quantised to 1e-7 degrees (about 1 cm), packed into one integer.
int64_t pointKey(double lon, double lat) {
    const auto qLon = static_cast<int64_t>(std::llround((lon + 180.0) * 1e7));
    const auto qLat = static_cast<int64_t>(std::llround((lat + 90.0) * 1e7));
    return qLon * 2000000000LL + qLat;
}

bool onAntimeridian(double lon) {
    return std::abs(std::abs(lon) - 180.0) < 1e-6;
}

} // namespace

void BorderEdges::add(const OGRGeometry& geometry, uint32_t entity) {
    auto addPolygon = [&](const OGRPolygon& polygon) {
        for (const auto* ring : polygon) {
            for (int i = 1; i < ring->getNumPoints(); ++i) {
                addEdge(ring->getX(i - 1), ring->getY(i - 1), ring->getX(i), ring->getY(i), entity);
            }
        }
    };
    const auto type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        addPolygon(*geometry.toPolygon());
    } else if (type == wkbMultiPolygon) {
        for (const auto* polygon : *geometry.toMultiPolygon()) {
            addPolygon(*polygon);
        }
    }
}

void BorderEdges::addEdge(double lon0, double lat0, double lon1, double lat1, uint32_t entity) {
    if (std::abs(lon1 - lon0) > 180.0 || (onAntimeridian(lon0) && onAntimeridian(lon1)) ||
        (lat0 < -89.99 && lat1 < -89.99) || (lon0 == lon1 && lat0 == lat1)) {
        return;
    }
    auto a = pointKey(lon0, lat0);
    auto b = pointKey(lon1, lat1);
    if (b < a) {
        std::swap(a, b);
    }
    auto [position, inserted] =
        m_owner.emplace(std::make_pair(a, b), static_cast<uint32_t>(m_edges.size()));
    if (inserted) {
        m_edges.push_back({lon0, lat0, lon1, lat1, entity, noBorderSide});
        return;
    }
    auto& edge = m_edges[position->second];
    if (edge.first != entity) {
        edge.second = entity;
        m_adjacency.emplace(std::min(entity, edge.first), std::max(entity, edge.first));
    }
}

} // namespace recmap::geo
