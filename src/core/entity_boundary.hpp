#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace recmap::core {

// An entity's boundary as stored in the database: WGS84 (lon/lat) multipolygon as ISO WKB,
// with its envelope in degrees. Produced by geo, written by store; neither needs the other.
struct EntityBoundary {
    std::string code;
    std::vector<uint8_t> wkb;
    double minLon = 0;
    double minLat = 0;
    double maxLon = 0;
    double maxLat = 0;
};

} // namespace recmap::core
