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

} // namespace recmap::scene
