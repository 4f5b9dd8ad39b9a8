#include "render/overlay_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace recmap::render {
namespace {

struct TextVertex {
    float x, y, u, v;
    uint8_t r, g, b, a;
};

struct AtlasSlot {
    Glyph glyph;
    int x = 0, y = 0;
};

constexpr int atlasWidth = 1024;

void setPixelTransform(ShaderProgram& program, float x0, float y0, float width, float height) {
    // Image pixels (y down) to clip space for this viewport, whose GL row 0 is image row y0
    // (the renderer draws upside down so its read-back needs no flip).
    const float sx = 2.0f / width;
    const float sy = 2.0f / height;
    glUniform4f(program.uniform("u_transform"), sx, sy, -1.0f - x0 * sx, -1.0f - y0 * sy);
}

void colour(ShaderProgram& program, const char* name, const scene::Rgba& c) {
    glUniform4f(program.uniform(name), c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, c.a / 255.0f);
}

} // namespace

OverlayRenderer::OverlayRenderer(const Overlay& overlay, const Font& font) : m_overlay(overlay) {
    // Rasterise each (glyph, size) once and shelf-pack them into the atlas.
    std::map<std::pair<char32_t, int>, AtlasSlot> slots;
    int penX = 1, penY = 1, shelf = 0;
    for (const auto& text : overlay.texts) {
        const int size = static_cast<int>(std::lround(text.size));
        for (char32_t codepoint : decodeUtf8(text.text)) {
            auto [slot, inserted] = slots.try_emplace({codepoint, size});
            if (!inserted) {
                continue;
            }
            slot->second.glyph = font.glyph(codepoint, static_cast<float>(size));
            const auto& glyph = slot->second.glyph;
            if (penX + glyph.width + 1 > atlasWidth) {
                penX = 1;
                penY += shelf + 1;
                shelf = 0;
            }
            slot->second.x = penX;
            slot->second.y = penY;
            penX += glyph.width + 1;
            shelf = std::max(shelf, glyph.height);
        }
    }
    const int atlasHeight = penY + shelf + 1;
    std::vector<uint8_t> pixels(static_cast<size_t>(atlasWidth * atlasHeight), 0);
    for (const auto& [key, slot] : slots) {
        for (int row = 0; row < slot.glyph.height; ++row) {
            std::copy_n(slot.glyph.coverage.begin() + row * slot.glyph.width, slot.glyph.width,
                        pixels.begin() + (slot.y + row) * atlasWidth + slot.x);
        }
    }
    m_atlas = GlTexture::create();
    glBindTexture(GL_TEXTURE_2D, m_atlas.get());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, atlasWidth, atlasHeight, 0, GL_RED, GL_UNSIGNED_BYTE,
                 pixels.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);

    std::vector<TextVertex> vertices;
    // Halos first (white copies nudged around each label), then every text on top of them.
    auto addText = [&](const OverlayText& text, float dx, float dy, scene::Rgba c) {
        const int size = static_cast<int>(std::lround(text.size));
        float penXText = text.x;
        for (char32_t codepoint : decodeUtf8(text.text)) {
            const auto& slot = slots.at({codepoint, size});
            const auto& glyph = slot.glyph;
            // Whole-pixel glyph placement keeps the coverage crisp.
            const float left = std::round(penXText) + static_cast<float>(glyph.bearingX) + dx;
            const float top = std::round(text.y) - static_cast<float>(glyph.bearingY) + dy;
            const float right = left + static_cast<float>(glyph.width);
            const float bottom = top + static_cast<float>(glyph.height);
            const float u0 = static_cast<float>(slot.x) / atlasWidth;
            const float v0 = static_cast<float>(slot.y) / static_cast<float>(atlasHeight);
            const float u1 = static_cast<float>(slot.x + glyph.width) / atlasWidth;
            const float v1 =
                static_cast<float>(slot.y + glyph.height) / static_cast<float>(atlasHeight);
            const TextVertex va{left, top, u0, v0, c.r, c.g, c.b, c.a},
                vb{right, top, u1, v0, c.r, c.g, c.b, c.a},
                vd{left, bottom, u0, v1, c.r, c.g, c.b, c.a},
                ve{right, bottom, u1, v1, c.r, c.g, c.b, c.a};
            vertices.insert(vertices.end(), {va, vb, ve, va, ve, vd});
            penXText += glyph.advance;
        }
    };
    for (const auto& text : overlay.texts) {
        if (text.halo) {
            const float reach = std::max(1.0f, text.size / 12.0f);
            for (const auto& [dx, dy] : {std::pair{-1.0f, 0.0f},
                                         {1.0f, 0.0f},
                                         {0.0f, -1.0f},
                                         {0.0f, 1.0f},
                                         {-0.7f, -0.7f},
                                         {0.7f, -0.7f},
                                         {-0.7f, 0.7f},
                                         {0.7f, 0.7f}}) {
                addText(text, dx * reach, dy * reach, scene::Rgba{255, 255, 255, 230});
            }
        }
    }
    for (const auto& text : overlay.texts) {
        addText(text, 0, 0, text.colour);
    }
    m_textVertices = static_cast<GLsizei>(vertices.size());
    m_textVao = GlVertexArray::create();
    m_textBuffer = GlBuffer::create();
    glBindVertexArray(m_textVao.get());
    glBindBuffer(GL_ARRAY_BUFFER, m_textBuffer.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(TextVertex)),
                 vertices.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(TextVertex), nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(TextVertex),
                          reinterpret_cast<void*>(2 * sizeof(float)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(TextVertex),
                          reinterpret_cast<void*>(4 * sizeof(float)));

    // Rectangles: 4 corners each, drawn as a fan and outlined as a loop.
    std::vector<float> corners;
    for (const auto& rect : overlay.rects) {
        corners.insert(corners.end(),
                       {rect.x, rect.y, rect.x + rect.width, rect.y, rect.x + rect.width,
                        rect.y + rect.height, rect.x, rect.y + rect.height});
    }
    m_rectVao = GlVertexArray::create();
    m_rectBuffer = GlBuffer::create();
    glBindVertexArray(m_rectVao.get());
    glBindBuffer(GL_ARRAY_BUFFER, m_rectBuffer.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(corners.size() * sizeof(float)),
                 corners.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
    glBindVertexArray(0);
}

void OverlayRenderer::draw(float x0, float y0, float width, float height, float hatchPeriod) {
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    m_swatchProgram.use();
    setPixelTransform(m_swatchProgram, x0, y0, width, height);
    glUniform1f(m_swatchProgram.uniform("u_hatchPeriod"), hatchPeriod);
    glBindVertexArray(m_rectVao.get());
    for (size_t i = 0; i < m_overlay.rects.size(); ++i) {
        const auto& rect = m_overlay.rects[i];
        colour(m_swatchProgram, "u_fill", rect.style.fill);
        colour(m_swatchProgram, "u_hatch", rect.style.hatch);
        glUniform1i(m_swatchProgram.uniform("u_hatched"), rect.style.hatched ? 1 : 0);
        glDrawArrays(GL_TRIANGLE_FAN, static_cast<GLint>(i * 4), 4);
        if (rect.outlined) {
            colour(m_swatchProgram, "u_fill", rect.outline);
            glUniform1i(m_swatchProgram.uniform("u_hatched"), 0);
            glDrawArrays(GL_LINE_LOOP, static_cast<GLint>(i * 4), 4);
        }
    }
    m_textProgram.use();
    setPixelTransform(m_textProgram, x0, y0, width, height);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_atlas.get());
    glUniform1i(m_textProgram.uniform("u_atlas"), 0);
    glBindVertexArray(m_textVao.get());
    glDrawArrays(GL_TRIANGLES, 0, m_textVertices);
    glBindVertexArray(0);
    glDisable(GL_BLEND);
}

} // namespace recmap::render
