#pragma once

namespace recmap::geo {

// A point in projected map coordinates (metres of the projection) as drawn by the GPU.
struct Vec2 {
    float x = 0;
    float y = 0;
};

// A projected point in double precision.
struct Point {
    double x = 0;
    double y = 0;
};

// An axis-aligned rectangle in projected coordinates.
struct Bounds {
    double minX = 0;
    double minY = 0;
    double maxX = 0;
    double maxY = 0;

    [[nodiscard]] double width() const { return maxX - minX; }
    [[nodiscard]] double height() const { return maxY - minY; }
    // The two overlap or touch.
    [[nodiscard]] bool meets(const Bounds& other) const {
        return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY;
    }
};

} // namespace recmap::geo
