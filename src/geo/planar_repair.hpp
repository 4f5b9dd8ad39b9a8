#pragma once

// Private to geo. Makes a spherical-topology (lon/lat) polygon safe for planar use.

#include "geo/gdal_handles.hpp"

namespace recmap::geo {

struct RepairCounts {
    int unwrapped = 0; // features with rings crossing the antimeridian or circling a pole
    int madeValid = 0; // features GEOS found invalid when clipping, repaired with MakeValid
    int empty = 0;     // features with no polygon left (reported, not drawn)
};

// Returns the geometry as a multipolygon in longitudes relative to `centerLon`, all within
// [-180, 180]: rings that jump across the antimeridian are unwrapped, a ring whose longitude
// steps add up to +-360 degrees is closed through the pole it circles, rings are combined
// even-odd, and the result is clipped to [-180, 180] with the parts beyond moved back by 360.
// Only polygon parts that cross are rebuilt (with GEOS); the others are copied as they are.
[[nodiscard]] MultiPolygonPtr repairForPlane(const OGRGeometry& geometry, double centerLon,
                                             RepairCounts& counts);

// The part of `polygons` inside `region`; invalid input is repaired (and counted) first.
[[nodiscard]] MultiPolygonPtr clipToRegion(const OGRMultiPolygon& polygons,
                                           const OGRGeometry& region, RepairCounts& counts);

} // namespace recmap::geo
