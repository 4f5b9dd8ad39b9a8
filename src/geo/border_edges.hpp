#pragma once

// Private to geo: every boundary edge once, from the original (unrepaired) rings.

#include "geo/map_mesh.hpp"

#include <cstddef>
#include <cstdint>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

class OGRGeometry;

namespace recmap::geo {

struct LonLatEdge {
    double lon0, lat0, lon1, lat1; // true longitudes (not shifted)
    uint32_t first = noBorderSide; // the feature slots on either side; a coast has one
    uint32_t second = noBorderSide;
};

// Collects the edges of each feature's rings, keeping an edge shared by two features once and
// recording the two as neighbours. Edges that are artefacts of storing a sphere in a plane are
// left out: jumps across the antimeridian, edges along it, and edges along the pole.
class BorderEdges {
  public:
    void add(const OGRGeometry& geometry, uint32_t entity);

    [[nodiscard]] const std::vector<LonLatEdge>& edges() const { return m_edges; }
    [[nodiscard]] const std::set<std::pair<uint32_t, uint32_t>>& adjacency() const {
        return m_adjacency;
    }

  private:
    struct KeyHash {
        size_t operator()(const std::pair<int64_t, int64_t>& key) const {
            // Unsigned: wrapping is defined (a signed product overflows for large keys).
            const auto first = static_cast<uint64_t>(key.first);
            const auto second = static_cast<uint64_t>(key.second);
            return std::hash<uint64_t>()(first * 1000003u ^ second);
        }
    };
    void addEdge(double lon0, double lat0, double lon1, double lat1, uint32_t entity);

    std::vector<LonLatEdge> m_edges;
    std::unordered_map<std::pair<int64_t, int64_t>, uint32_t, KeyHash> m_owner;
    std::set<std::pair<uint32_t, uint32_t>> m_adjacency;
};

} // namespace recmap::geo
