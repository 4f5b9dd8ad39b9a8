#include "geo/border_edges.hpp"

#include "geo/gdal_handles.hpp"

#include <algorithm>
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

size_t slotHash(int64_t a, int64_t b) {
    // Unsigned: wrapping is defined (a signed product overflows for large keys).
    uint64_t h = static_cast<uint64_t>(a) * 0x9E3779B97F4A7C15u ^ static_cast<uint64_t>(b);
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9u;
    return static_cast<size_t>(h ^ (h >> 32));
}

bool onAntimeridian(double lon) {
    return std::abs(std::abs(lon) - 180.0) < 1e-6;
}

} // namespace

void BorderEdges::reserve(size_t edges) {
    m_edges.reserve(edges);
    size_t slots = 1024;
    while (slots < 2 * edges) {
        slots *= 2;
    }
    if (slots > m_slots.size()) {
        rehash(slots);
    }
}

void BorderEdges::add(const OGRGeometry& geometry, uint32_t entity) {
    forEachPolygon(geometry, [&](const OGRPolygon& polygon) {
        for (const auto* ring : polygon) {
            for (int i = 1; i < ring->getNumPoints(); ++i) {
                addEdge(ring->getX(i - 1), ring->getY(i - 1), ring->getX(i), ring->getY(i), entity);
            }
        }
    });
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
    if (2 * (m_edges.size() + 1) > m_slots.size()) {
        rehash(std::max<size_t>(1024, m_slots.size() * 2));
    }
    const size_t mask = m_slots.size() - 1;
    size_t at = slotHash(a, b) & mask;
    while (m_slots[at].edge != Slot::empty && (m_slots[at].a != a || m_slots[at].b != b)) {
        at = (at + 1) & mask;
    }
    auto& slot = m_slots[at];
    if (slot.edge == Slot::empty) {
        slot = {a, b, static_cast<uint32_t>(m_edges.size())};
        m_edges.push_back({lon0, lat0, lon1, lat1, entity, noBorderSide});
        return;
    }
    auto& edge = m_edges[slot.edge];
    if (edge.first != entity) {
        edge.second = entity;
        m_adjacency.emplace(std::min(entity, edge.first), std::max(entity, edge.first));
    }
}

void BorderEdges::rehash(size_t slots) {
    std::vector<Slot> old(slots);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const auto& slot : old) {
        if (slot.edge == Slot::empty) {
            continue;
        }
        size_t at = slotHash(slot.a, slot.b) & mask;
        while (m_slots[at].edge != Slot::empty) {
            at = (at + 1) & mask;
        }
        m_slots[at] = slot;
    }
}

} // namespace recmap::geo
