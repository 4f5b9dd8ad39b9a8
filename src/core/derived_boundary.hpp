#pragma once

#include "core/event.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recmap::core {

// Where a derived boundary lies inside the feature it is cut from (longitude/latitude degrees):
//   part-containing LON LAT      the polygon part of a multipolygon that contains the point
//   south-of LAT                 everything south of the parallel
//   within LON LAT, LON LAT, ... everything inside the ring (closed automatically)
struct BoundaryRule {
    enum class Kind { PartContaining, SouthOf, Within };
    Kind kind = Kind::PartContaining;
    std::vector<std::pair<double, double>> points; // lon, lat
    double latitude = 0;                           // south-of

    // Parses the rule; nullopt with `error` set when malformed.
    [[nodiscard]] static std::optional<BoundaryRule> parse(std::string_view text,
                                                           std::string& error);
};

// A boundary feature cut out of another by a documented rule (data/derived_boundaries.csv):
// Natural Earth draws de facto control, so Crimea lies inside Russia's multipolygon; the rule
// makes it a feature of its own, keyed for an entity's boundary_key.
struct DerivedBoundary {
    std::string key;     // key of the new feature
    std::string fromKey; // key of the feature it is cut from (which keeps the rest)
    std::string ruleText;
    BoundaryRule rule;
    std::vector<std::string> sources;
    std::string note;
    Origin origin;
};

} // namespace recmap::core
