#pragma once

#include "geo/vec2.hpp"

#include <optional>
#include <vector>

namespace recmap::render {

// What lies outside a convex globe, as triangles: the renderer clears to the sea's colour and
// paints only this over it, instead of drawing the whole globe (a full-image triangle fan on a
// rectangular projection, and twice the pixels). Each outline edge is the inner side of a wedge
// reaching out from the globe's centre, so the wedges meet the globe's own triangles edge to
// edge and the same pixels are sea as when the globe was drawn.
class GlobeSurround {
  public:
    // Nothing when the outline (a closed line strip) is not convex or has under three corners;
    // points on a straight stretch of it are dropped.
    [[nodiscard]] static std::optional<GlobeSurround> of(const std::vector<geo::Vec2>& outline);

    // How far out the wedges must reach, as a multiple of the globe's size from its centre, to
    // cover every point of `extent` outside the globe (at least 2).
    [[nodiscard]] double scaleCovering(const geo::Bounds& extent) const;
    // The wedges, three points a triangle, reaching `scale` times the outline from the centre.
    [[nodiscard]] std::vector<geo::Vec2> triangles(double scale) const;

  private:
    std::vector<geo::Point> m_corners; // counter-clockwise
    geo::Point m_centre;
};

} // namespace recmap::render
