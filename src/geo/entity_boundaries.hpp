#pragma once

#include "core/entity_boundary.hpp"
#include "geo/boundary_set.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace recmap::geo {

// Each entity's boundary for the database: the features whose key maps to it (`entityByKey`),
// merged into one WGS84 multipolygon, as ISO WKB with its envelope; sorted by code. Features
// that map to no entity are left out (the render path reports them).
[[nodiscard]] std::vector<core::EntityBoundary>
entityBoundaries(const BoundarySet& boundaries,
                 const std::unordered_map<std::string, std::string>& entityByKey);

} // namespace recmap::geo
