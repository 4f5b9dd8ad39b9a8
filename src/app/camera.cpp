#include "app/camera.hpp"

#include <algorithm>

namespace recmap::app {

void Camera::fit(const geo::Bounds& content, int width, int height) {
    m_centreX = (content.minX + content.maxX) / 2;
    m_centreY = (content.minY + content.maxY) / 2;
    m_unitsPerPixel =
        std::max(content.width() / std::max(width, 1), content.height() / std::max(height, 1)) *
        1.04;
}

void Camera::pan(double dx, double dy) {
    m_centreX -= dx * m_unitsPerPixel;
    m_centreY += dy * m_unitsPerPixel;
}

void Camera::zoomAt(double x, double y, int width, int height, double factor) {
    const auto before = toMap(x, y, width, height);
    m_unitsPerPixel = std::clamp(m_unitsPerPixel / factor, 1.0, 1e6);
    const auto after = toMap(x, y, width, height);
    m_centreX += before.x - after.x;
    m_centreY += before.y - after.y;
}

void Camera::centreOn(const geo::Point& point, double size, int width) {
    m_centreX = point.x;
    m_centreY = point.y;
    m_unitsPerPixel = std::clamp(size * 3 / std::max(width, 1), 100.0, m_unitsPerPixel);
}

geo::Bounds Camera::extent(int width, int height) const {
    const double halfWidth = width * m_unitsPerPixel / 2;
    const double halfHeight = height * m_unitsPerPixel / 2;
    return {m_centreX - halfWidth, m_centreY - halfHeight, m_centreX + halfWidth,
            m_centreY + halfHeight};
}

geo::Point Camera::toMap(double x, double y, int width, int height) const {
    return {m_centreX + (x - width / 2.0) * m_unitsPerPixel,
            m_centreY - (y - height / 2.0) * m_unitsPerPixel};
}

} // namespace recmap::app
