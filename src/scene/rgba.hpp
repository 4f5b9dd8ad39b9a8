#pragma once

#include <cstdint>

namespace recmap::scene {

// An sRGB colour with straight alpha, 8 bits a channel.
struct Rgba {
    uint8_t r = 0;
    uint8_t g = 0;
    uint8_t b = 0;
    uint8_t a = 255;

    friend bool operator==(const Rgba&, const Rgba&) = default;
};

[[nodiscard]] constexpr Rgba rgb(uint32_t hex) {
    return {static_cast<uint8_t>(hex >> 16), static_cast<uint8_t>(hex >> 8),
            static_cast<uint8_t>(hex), 255};
}

// Stripes that stand out from the fill: `dark` (the border colour) on light fills, white on dark.
[[nodiscard]] constexpr Rgba stripesOver(Rgba fill, Rgba dark) {
    const double luma = (0.2126 * fill.r + 0.7152 * fill.g + 0.0722 * fill.b) / 255.0;
    return luma < 0.4 ? rgb(0xFFFFFF) : dark;
}

} // namespace recmap::scene
