#include "render/font.hpp"

#include "core/error.hpp"

#include <cmath>
#include <cstdlib>
#include <ft2build.h>
#include FT_FREETYPE_H

namespace recmap::render {
namespace {

struct LibraryDeleter {
    void operator()(FT_Library library) const { FT_Done_FreeType(library); }
};
struct FaceDeleter {
    void operator()(FT_Face face) const { FT_Done_Face(face); }
};

std::filesystem::path defaultFontFile() {
    if (const char* chosen = std::getenv("RECMAP_FONT"); chosen && *chosen) {
        return chosen;
    }
    for (const char* candidate : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                  "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                                  "/usr/share/fonts/TTF/DejaVuSans.ttf"}) {
        if (std::filesystem::exists(candidate)) {
            return candidate;
        }
    }
    throw core::Error(
        "no font for map text: install fonts-dejavu-core, set RECMAP_FONT=FILE.ttf, or "
        "render with --no-legend");
}

} // namespace

struct Font::Impl {
    std::filesystem::path file;
    std::unique_ptr<FT_LibraryRec_, LibraryDeleter> library;
    std::unique_ptr<FT_FaceRec_, FaceDeleter> face;
};

Font::Font() : Font(defaultFontFile()) {}

Font::Font(const std::filesystem::path& file) : m_impl(std::make_unique<Impl>()) {
    m_impl->file = file;
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) {
        throw core::Error("FreeType cannot start");
    }
    m_impl->library.reset(library);
    FT_Face face = nullptr;
    if (FT_New_Face(library, file.c_str(), 0, &face) != 0) {
        throw core::InputError(file.string() + ": error: cannot load font");
    }
    m_impl->face.reset(face);
}

Font::~Font() = default;
Font::Font(Font&&) noexcept = default;

Glyph Font::glyph(char32_t codepoint, float pixelSize) const {
    FT_Face face = m_impl->face.get();
    FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(std::max(1.0f, std::round(pixelSize))));
    Glyph glyph;
    if (FT_Load_Char(face, codepoint, FT_LOAD_RENDER) != 0 &&
        FT_Load_Char(face, U'?', FT_LOAD_RENDER) != 0) {
        return glyph;
    }
    const FT_GlyphSlot slot = face->glyph;
    glyph.width = static_cast<int>(slot->bitmap.width);
    glyph.height = static_cast<int>(slot->bitmap.rows);
    glyph.bearingX = slot->bitmap_left;
    glyph.bearingY = slot->bitmap_top;
    glyph.advance = static_cast<float>(slot->advance.x) / 64.0f;
    glyph.coverage.resize(static_cast<size_t>(glyph.width) * static_cast<size_t>(glyph.height));
    for (int row = 0; row < glyph.height; ++row) {
        const unsigned char* source = slot->bitmap.buffer + row * slot->bitmap.pitch;
        std::copy(source, source + glyph.width, glyph.coverage.begin() + row * glyph.width);
    }
    return glyph;
}

float Font::measure(std::string_view utf8, float pixelSize) const {
    FT_Face face = m_impl->face.get();
    FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(std::max(1.0f, std::round(pixelSize))));
    float width = 0;
    for (char32_t codepoint : decodeUtf8(utf8)) {
        if (FT_Load_Char(face, codepoint, FT_LOAD_DEFAULT) == 0) {
            width += static_cast<float>(face->glyph->advance.x) / 64.0f;
        }
    }
    return width;
}

const std::filesystem::path& Font::file() const {
    return m_impl->file;
}

std::string Font::family() const {
    const char* name = m_impl->face->family_name;
    return name ? name : "sans-serif";
}

std::u32string decodeUtf8(std::string_view text) {
    std::u32string result;
    for (size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        size_t length = byte < 0x80           ? 1
                        : (byte >> 5) == 0x6  ? 2
                        : (byte >> 4) == 0xE  ? 3
                        : (byte >> 3) == 0x1E ? 4
                                              : 0;
        if (length == 0 || i + length > text.size()) {
            result.push_back(U'\uFFFD');
            ++i;
            continue;
        }
        char32_t codepoint = length == 1 ? byte : byte & (0xFF >> (length + 1));
        for (size_t k = 1; k < length; ++k) {
            codepoint = (codepoint << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        result.push_back(codepoint);
        i += length;
    }
    return result;
}

} // namespace recmap::render
