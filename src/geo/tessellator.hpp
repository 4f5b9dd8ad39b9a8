#pragma once

// Private to geo: triangulation of projected polygons through GLU's tessellator.

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

} // namespace recmap::geo
