#pragma once

#include <cstddef>
#include <cstdint>

namespace recmap::render {

// Memory for a large raster: anonymous pages, asked to be transparent huge pages, so that
// first-touch page faults (which otherwise cost as much as reading the image back) are hundreds
// of times fewer. Uninitialised until written. Move-only.
class PixelBuffer {
  public:
    PixelBuffer() = default;
    explicit PixelBuffer(size_t bytes);
    ~PixelBuffer();
    PixelBuffer(PixelBuffer&& other) noexcept;
    PixelBuffer& operator=(PixelBuffer&& other) noexcept;
    PixelBuffer(const PixelBuffer&) = delete;
    PixelBuffer& operator=(const PixelBuffer&) = delete;

    [[nodiscard]] uint8_t* data() { return m_data; }
    [[nodiscard]] const uint8_t* data() const { return m_data; }
    [[nodiscard]] size_t size() const { return m_size; }
    [[nodiscard]] const uint8_t* begin() const { return m_data; }
    [[nodiscard]] const uint8_t* end() const { return m_data + m_size; }
    uint8_t& operator[](size_t index) { return m_data[index]; }
    const uint8_t& operator[](size_t index) const { return m_data[index]; }

  private:
    uint8_t* m_data = nullptr;
    size_t m_size = 0;
};

// An 8-bit raster, top row first, 4 bytes a pixel: red, green, blue and an unused byte (the
// layout OpenGL reads back fastest; writers skip the fourth byte).
struct Image {
    static constexpr int channels = 4;
    int width = 0;
    int height = 0;
    PixelBuffer pixels;

    [[nodiscard]] const uint8_t* pixel(int x, int y) const {
        return pixels.data() +
               (static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)) *
                   channels;
    }
};

} // namespace recmap::render
