#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace recmap::geo {

// Which projection a map is drawn in: plain values, parsed from the command line and keyed into
// the mesh cache. The projecting itself (PROJ, through GDAL) is projection.hpp's Projector.

enum class ProjectionKind {
    EqualEarth,
    PlateCarree,
    Robinson,
    NaturalEarth,
    Mercator,
    Orthographic
};

// "equal-earth", "plate-carree", "robinson", "natural-earth", "mercator", "orthographic".
[[nodiscard]] std::optional<ProjectionKind> parseProjectionKind(std::string_view name);
[[nodiscard]] std::string_view toString(ProjectionKind kind);
[[nodiscard]] std::string projectionNames(); // comma-separated, for messages

struct ProjectionSpec {
    ProjectionKind kind = ProjectionKind::EqualEarth;
    double centerLon = 0; // degrees; the central meridian
    double centerLat = 0; // degrees; used by orthographic only
};

// The PROJ definition of a kind, without +lon_0 ("+proj=eqearth").
[[nodiscard]] std::string_view projDefinition(ProjectionKind kind);

// Shifts a longitude by -centerLon and wraps it to [-180, 180].
[[nodiscard]] double relativeLongitude(double lon, double centerLon);

} // namespace recmap::geo
