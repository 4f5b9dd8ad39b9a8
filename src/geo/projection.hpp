#pragma once

#include "geo/projection_spec.hpp"
#include "geo/vec2.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace recmap::geo {

// Forward projection from WGS84 longitude/latitude (degrees) to projected metres, through PROJ.
// Longitudes given to forward() are *relative to the central meridian* (already shifted by
// -centerLon and wrapped to [-180, 180]); the CRS reported by crsWkt() has the true centre, so
// the projected coordinates are valid in that CRS.
class Projector {
  public:
    explicit Projector(const ProjectionSpec& spec);
    ~Projector();
    Projector(Projector&&) noexcept;
    Projector& operator=(Projector&&) noexcept;

    // Projects in place; returns false for each point PROJ cannot project (set in `ok`).
    void forward(std::vector<double>& xs, std::vector<double>& ys, std::vector<int>& ok) const;
    [[nodiscard]] std::optional<Point> forward(double relativeLon, double lat) const;
    // Projected metres back to (true) longitude and latitude; nullopt off the map.
    [[nodiscard]] std::optional<std::pair<double, double>> inverse(double x, double y) const;
    // The projected rectangle holding a longitude/latitude box (sampled along its edges and
    // inside, so curved parallels and meridians are covered); nullopt if nothing projects.
    [[nodiscard]] std::optional<Bounds> boundsOf(double west, double south, double east,
                                                 double north) const;

    [[nodiscard]] const ProjectionSpec& spec() const { return m_spec; }
    [[nodiscard]] std::string crsWkt() const;
    // The latitude beyond which nothing is drawn (85 for Mercator, else 90).
    [[nodiscard]] double latitudeLimit() const;
    // The outline of the whole globe in this projection (relative lon/lat, closed ring), the
    // shape filled as ocean. For orthographic, the visible horizon.
    [[nodiscard]] std::vector<std::pair<double, double>> globeOutlineLonLat() const;

  private:
    struct Impl;
    ProjectionSpec m_spec;
    std::unique_ptr<Impl> m_impl;
};

} // namespace recmap::geo
