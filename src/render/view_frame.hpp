#pragma once

#include "geo/vec2.hpp"

namespace recmap::render {

// The projected rectangle an output image of width x height pixels shows: `content` (e.g. the
// globe's bounds) fitted with a margin, centred, same aspect as the image, so pixels are square.
[[nodiscard]] geo::Bounds fitExtent(const geo::Bounds& content, int width, int height,
                                    double marginFraction = 0.02);

// The same, with the content fitted between image rows `top` and `bottom` (leaving room for a
// title and a footer); the returned extent still covers the whole image.
[[nodiscard]] geo::Bounds fitExtentBetween(const geo::Bounds& content, int width, int height,
                                           double top, double bottom, double marginFraction = 0.02);

} // namespace recmap::render
