#include "render/globe_surround.hpp"

#include <algorithm>
#include <cmath>

namespace recmap::render {
namespace {

double cross(const geo::Point& o, const geo::Point& a, const geo::Point& b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

} // namespace

std::optional<GlobeSurround> GlobeSurround::of(const std::vector<geo::Vec2>& outline) {
    std::vector<geo::Point> points;
    for (const auto& p : outline) {
        const geo::Point point{p.x, p.y};
        if (points.empty() || point.x != points.back().x || point.y != points.back().y) {
            points.push_back(point);
        }
    }
    while (points.size() > 1 && points.front().x == points.back().x &&
           points.front().y == points.back().y) {
        points.pop_back();
    }
    // Corners only: where the outline turns by under a millionth of a radian (a straight side,
    // to single precision), the point adds nothing to it.
    std::vector<geo::Point> corners;
    const size_t n = points.size();
    for (size_t i = 0; i < n; ++i) {
        const auto& before = points[(i + n - 1) % n];
        const auto& after = points[(i + 1) % n];
        const double lengths = std::hypot(points[i].x - before.x, points[i].y - before.y) *
                               std::hypot(after.x - points[i].x, after.y - points[i].y);
        if (std::abs(cross(before, points[i], after)) > 1e-6 * lengths) {
            corners.push_back(points[i]);
        }
    }
    if (corners.size() < 3) {
        return std::nullopt;
    }
    // Convex: every turn the same way (corners are in line with nothing, so no turn is zero).
    const size_t m = corners.size();
    const bool counterClockwise = cross(corners[m - 1], corners[0], corners[1]) > 0;
    for (size_t i = 0; i < m; ++i) {
        if ((cross(corners[i], corners[(i + 1) % m], corners[(i + 2) % m]) > 0) !=
            counterClockwise) {
            return std::nullopt;
        }
    }
    if (!counterClockwise) {
        std::reverse(corners.begin(), corners.end());
    }
    GlobeSurround surround;
    for (const auto& c : corners) {
        surround.m_centre.x += c.x / static_cast<double>(m);
        surround.m_centre.y += c.y / static_cast<double>(m);
    }
    surround.m_corners = std::move(corners);
    return surround;
}

double GlobeSurround::scaleCovering(const geo::Bounds& extent) const {
    // The globe scaled by s from its centre holds the disc of s times its nearest edge's
    // distance; that disc must hold the extent's farthest corner.
    double nearest = INFINITY;
    const size_t m = m_corners.size();
    for (size_t i = 0; i < m; ++i) {
        const auto& a = m_corners[i];
        const auto& b = m_corners[(i + 1) % m];
        nearest = std::min(nearest, cross(a, b, m_centre) / std::hypot(b.x - a.x, b.y - a.y));
    }
    double farthest = 0;
    for (const double x : {extent.minX, extent.maxX}) {
        for (const double y : {extent.minY, extent.maxY}) {
            farthest = std::max(farthest, std::hypot(x - m_centre.x, y - m_centre.y));
        }
    }
    return std::max(2.0, 1.01 * farthest / nearest);
}

std::vector<geo::Vec2> GlobeSurround::triangles(double scale) const {
    const auto near = [](const geo::Point& p) {
        return geo::Vec2{static_cast<float>(p.x), static_cast<float>(p.y)};
    };
    const auto far = [&](const geo::Point& p) {
        return geo::Vec2{static_cast<float>(m_centre.x + (p.x - m_centre.x) * scale),
                         static_cast<float>(m_centre.y + (p.y - m_centre.y) * scale)};
    };
    std::vector<geo::Vec2> out;
    const size_t m = m_corners.size();
    out.reserve(6 * m);
    for (size_t i = 0; i < m; ++i) {
        const auto& a = m_corners[i];
        const auto& b = m_corners[(i + 1) % m];
        out.insert(out.end(), {near(a), far(b), near(b), near(a), far(a), far(b)});
    }
    return out;
}

} // namespace recmap::render
