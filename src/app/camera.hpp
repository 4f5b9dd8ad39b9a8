#pragma once

#include "geo/vec2.hpp"

namespace recmap::app {

// What part of the projected map the window shows: a centre and a scale (map units per pixel).
// Screen pixels have y down.
class Camera {
  public:
    // Shows all of `content` in a viewport of the given size.
    void fit(const geo::Bounds& content, int width, int height);
    // Moves the map with the mouse: a drag of (dx, dy) pixels.
    void pan(double dx, double dy);
    // Zooms by `factor` (> 1 zooms in) keeping the map point under (x, y) in place.
    void zoomAt(double x, double y, int width, int height, double factor);
    [[nodiscard]] geo::Bounds extent(int width, int height) const;
    // Centres on a point, zoomed so that `size` map units take about a third of the width.
    void centreOn(const geo::Point& point, double size, int width);
    // Centres on a point, keeping the scale.
    void moveTo(const geo::Point& centre) {
        m_centreX = centre.x;
        m_centreY = centre.y;
    }
    [[nodiscard]] geo::Point toMap(double x, double y, int width, int height) const;
    [[nodiscard]] double unitsPerPixel() const { return m_unitsPerPixel; }

  private:
    double m_centreX = 0;
    double m_centreY = 0;
    double m_unitsPerPixel = 1;
};

} // namespace recmap::app
