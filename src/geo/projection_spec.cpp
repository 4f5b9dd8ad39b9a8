#include "geo/projection_spec.hpp"

#include <array>
#include <cmath>

namespace recmap::geo {
namespace {

struct ProjectionName {
    ProjectionKind kind;
    std::string_view name;
    std::string_view projString; // without +lon_0
};

constexpr std::array<ProjectionName, 6> projections{{
    {ProjectionKind::EqualEarth, "equal-earth", "+proj=eqearth"},
    {ProjectionKind::PlateCarree, "plate-carree", "+proj=eqc"},
    {ProjectionKind::Robinson, "robinson", "+proj=robin"},
    {ProjectionKind::NaturalEarth, "natural-earth", "+proj=natearth"},
    {ProjectionKind::Mercator, "mercator", "+proj=merc"},
    {ProjectionKind::Orthographic, "orthographic", "+proj=ortho"},
}};

const ProjectionName& lookup(ProjectionKind kind) {
    for (const auto& entry : projections) {
        if (entry.kind == kind) {
            return entry;
        }
    }
    return projections[0];
}

} // namespace

std::optional<ProjectionKind> parseProjectionKind(std::string_view name) {
    for (const auto& entry : projections) {
        if (entry.name == name) {
            return entry.kind;
        }
    }
    return std::nullopt;
}

std::string_view toString(ProjectionKind kind) {
    return lookup(kind).name;
}

std::string projectionNames() {
    std::string names;
    for (const auto& entry : projections) {
        names += (names.empty() ? "" : ", ") + std::string(entry.name);
    }
    return names;
}

double relativeLongitude(double lon, double centerLon) {
    if (centerLon == 0) {
        return lon;
    }
    double shifted = std::fmod(lon - centerLon + 180.0, 360.0);
    if (shifted < 0) {
        shifted += 360.0;
    }
    return shifted - 180.0;
}

std::string_view projDefinition(ProjectionKind kind) {
    return lookup(kind).projString;
}

} // namespace recmap::geo
