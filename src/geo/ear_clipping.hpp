#pragma once

// Private to geo: triangulation of one polygon with holes by ear clipping.

#include "geo/vec2.hpp"

#include <cstdint>
#include <vector>

namespace recmap::geo {

using Ring = std::vector<Point>;

// The ring's area, positive when it runs counter-clockwise (y up); a closing point that repeats the
// first changes nothing. Summed relative to the first point, so that map coordinates of 10^7 m do
// not cancel a small ring's area.
[[nodiscard]] double signedArea(const Ring& ring);

// Triangulates one polygon: `rings` holds its outer ring, then its holes, in any orientation, as a
// valid OGC polygon has them (holes inside the outer ring, touching it or each other at points
// at most). Appends the rings' points (a closing point that repeats the first dropped) to
// `vertices` and 3 indices per triangle into them to `indices`.
//
// Returns false where it gave up on part of the polygon (no bridge to a hole, no diagonal to split
// an ear-less remainder): the caller then triangulates the polygon another way. True does not
// prove the triangles cover the polygon exactly; on a self-intersecting ring they cannot.
[[nodiscard]] bool clipEars(const std::vector<Ring>& rings, std::vector<Point>& vertices,
                            std::vector<uint32_t>& indices);

} // namespace recmap::geo
