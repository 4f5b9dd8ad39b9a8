#pragma once

// Private to geo: triangulation of projected polygons, by ear clipping or GLU's tessellator.

#include "geo/vec2.hpp"

#include <cstdint>

#include <vector>

namespace recmap::geo {

using Ring = std::vector<Point>;

// Triangulates the region enclosed by `rings` under the odd winding rule (so holes and
// self-overlaps need no orientation): the vertices used go to `vertices` (each once), and 3
// indices per triangle into them to `indices`. Returns the number of GLU errors (0 on success).
int tessellate(const std::vector<Ring>& rings, std::vector<Point>& vertices,
               std::vector<uint32_t>& indices);

// How one polygon was triangulated.
struct Triangulation {
    bool byGlu = false; // ear clipping gave up or missed area: GLU's tessellator did it
    int gluErrors = 0;
};

// Triangulates one polygon (outer ring first, then its holes, as a valid OGC polygon has them) by
// ear clipping, and checks that its triangles cover the polygon's area; where they do not (a ring
// that crosses itself after projection, say), by `tessellate` instead. Appends like `tessellate`.
Triangulation triangulatePolygon(const std::vector<Ring>& polygon, std::vector<Point>& vertices,
                                 std::vector<uint32_t>& indices);

} // namespace recmap::geo
