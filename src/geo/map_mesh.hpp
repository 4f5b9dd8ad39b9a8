#pragma once

#include "geo/vec2.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace recmap::geo {

// Everything the renderer draws of the world, prepared once per (boundaries, projection):
// projected, repaired, triangulated. Colours are not part of it: they come per entity from a
// small table, so a change of date or view never touches this.
inline constexpr uint32_t noBorderSide = 0xFFFFFFFFu;

struct MapMesh {
    // Index -> entity code. Features matched to no entity get "?" + their boundary key.
    std::vector<std::string> entityCodes;
    std::vector<Vec2> fillVertices;     // shared by the triangles of one entity
    std::vector<uint32_t> fillEntities; // per fill vertex: index into entityCodes
    std::vector<uint32_t> fillIndices;  // 3 per triangle, into fillVertices
    std::vector<Vec2> borderVertices;   // line segments (pairs): each border and coast once
    // Per border segment (pair of borderVertices): the entity indices on either side, the
    // second noBorderSide for a coast. A border between two slots drawn as one entity on a date
    // (Ukraine and Russia inside the Soviet Union) is left out then.
    std::vector<std::pair<uint32_t, uint32_t>> borderSides;
    std::vector<Vec2> globeTriangles;    // the globe (ocean) as independent triangles
    std::vector<Vec2> globeOutline;      // closed outline of the globe, as a line strip
    std::vector<Vec2> graticuleVertices; // line segments (pairs) every 30 degrees
    std::vector<std::pair<uint32_t, uint32_t>> adjacency; // entity pairs sharing a border
    // Projected rings per entity (outer rings and holes, even-odd), for vector output.
    struct Ring {
        uint32_t entity = 0;
        std::vector<Vec2> points;
    };
    std::vector<Ring> rings;
    std::vector<double> entityAreas; // per entity: projected area (square map units)
    std::vector<Vec2> entityAnchors; // per entity: area-weighted centroid, where a marker goes
    Bounds bounds;                   // of the globe outline
};

// What preparing the mesh repaired, skipped or could not match; nothing is dropped silently.
struct MeshReport {
    int features = 0;
    int unwrapped = 0;   // crossed the antimeridian or circled a pole: unwrapped and re-cut
    int madeValid = 0;   // invalid polygons repaired
    int empty = 0;       // features with no area left (e.g. an empty polygon): not drawn
    int gluPolygons = 0; // polygons ear clipping could not triangulate, left to GLU
    int tessErrors = 0;  // GLU tessellator errors
    std::vector<std::string> unmatched; // boundary keys (with names) matched to no entity
    // Where the time went, in milliseconds.
    double repairMs = 0;     // antimeridian/pole repair, validity, clipping
    double projectMs = 0;    // PROJ forward projection of fills, borders, graticule
    double tessellateMs = 0; // triangulation
    double bordersMs = 0;    // edge de-duplication and adjacency
};

} // namespace recmap::geo
