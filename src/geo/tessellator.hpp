#pragma once

// Private to geo: triangulation of projected polygons through GLU's tessellator.

#include "geo/vec2.hpp"

#include <vector>

namespace recmap::geo {

using Ring = std::vector<Point>;

// Triangulates the region enclosed by `rings` under the odd winding rule (so holes and
// self-overlaps need no orientation), appending 3 points per triangle to `triangles`.
// Returns the number of GLU errors reported (0 on success).
int tessellate(const std::vector<Ring>& rings, std::vector<Point>& triangles);

} // namespace recmap::geo
