#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace recmap::render {

// An RGB8 raster, top row first, 3 bytes a pixel.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgb;

    [[nodiscard]] const uint8_t* pixel(int x, int y) const {
        return rgb.data() +
               (static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)) * 3;
    }
};

} // namespace recmap::render
