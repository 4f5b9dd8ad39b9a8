#pragma once

// Private to geo: every boundary edge once, from the original (unrepaired) rings.

#include "geo/map_mesh.hpp"

#include <cstddef>
#include <cstdint>
#include <set>
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
    // Room for about `edges` edges, so the table is not regrown on the way.
    void reserve(size_t edges);
    void add(const OGRGeometry& geometry, uint32_t entity);

    [[nodiscard]] const std::vector<LonLatEdge>& edges() const { return m_edges; }
    [[nodiscard]] const std::set<std::pair<uint32_t, uint32_t>>& adjacency() const {
        return m_adjacency;
    }

  private:
    // An edge's two quantised end points, the lower first; open addressing (a node per edge in
    // std::unordered_map cost more than the rest of collecting edges together).
    struct Slot {
        int64_t a = 0;
        int64_t b = 0;
        uint32_t edge = empty;
        static constexpr uint32_t empty = UINT32_MAX;
    };
    void addEdge(double lon0, double lat0, double lon1, double lat1, uint32_t entity);
    void rehash(size_t slots); // a power of two

    std::vector<LonLatEdge> m_edges;
    std::vector<Slot> m_slots; // a power of two, at most half full
    std::set<std::pair<uint32_t, uint32_t>> m_adjacency;
};

} // namespace recmap::geo
