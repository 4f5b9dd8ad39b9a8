#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace recmap::render {

// One rasterised glyph: coverage bitmap (8-bit) and its metrics, in pixels.
struct Glyph {
    int width = 0;
    int height = 0;
    int bearingX = 0; // from the pen position to the bitmap's left edge
    int bearingY = 0; // from the baseline up to the bitmap's top edge
    float advance = 0;
    std::vector<uint8_t> coverage; // width * height, top row first
};

// A TrueType font through FreeType, rasterising glyphs at a pixel size. Finds DejaVu Sans or
// Noto Sans in the usual Debian places, or takes $RECMAP_FONT. Throws core::Error naming the
// file when none can be loaded.
class Font {
  public:
    Font();
    explicit Font(const std::filesystem::path& file);
    ~Font();
    Font(Font&&) noexcept;

    [[nodiscard]] Glyph glyph(char32_t codepoint, float pixelSize) const;
    // Advance width of a UTF-8 string at a size, in pixels.
    [[nodiscard]] float measure(std::string_view utf8, float pixelSize) const;
    [[nodiscard]] const std::filesystem::path& file() const;
    // "DejaVu Sans": for SVG output.
    [[nodiscard]] std::string family() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Decodes UTF-8 (invalid bytes become U+FFFD).
[[nodiscard]] std::u32string decodeUtf8(std::string_view text);

} // namespace recmap::render
