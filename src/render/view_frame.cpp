#include "render/view_frame.hpp"

#include <algorithm>

namespace recmap::render {

geo::Bounds fitExtent(const geo::Bounds& content, int width, int height, double marginFraction) {
    const double contentWidth = content.width() * (1 + 2 * marginFraction);
    const double contentHeight = content.height() * (1 + 2 * marginFraction);
    const double unitsPerPixel = std::max(contentWidth / width, contentHeight / height);
    const double centerX = (content.minX + content.maxX) / 2;
    const double centerY = (content.minY + content.maxY) / 2;
    const double halfWidth = unitsPerPixel * width / 2;
    const double halfHeight = unitsPerPixel * height / 2;
    return {centerX - halfWidth, centerY - halfHeight, centerX + halfWidth, centerY + halfHeight};
}

geo::Bounds fitExtentBetween(const geo::Bounds& content, int width, int height, double top,
                             double bottom, double marginFraction) {
    const int bandHeight = std::max(1, static_cast<int>(bottom - top));
    geo::Bounds extent = fitExtent(content, width, bandHeight, marginFraction);
    const double unitsPerPixel = extent.width() / width;
    extent.maxY += top * unitsPerPixel;
    extent.minY -= (height - top - bandHeight) * unitsPerPixel;
    return extent;
}

} // namespace recmap::render
