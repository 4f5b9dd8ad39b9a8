#pragma once

// Private to render: draws an Overlay (text through a glyph atlas, rectangles) with GL.

#include "render/font.hpp"
#include "render/gl_object.hpp"
#include "render/overlay.hpp"
#include "render/shader_program.hpp"

namespace recmap::render {

class OverlayRenderer {
  public:
    // Rasterises every glyph the overlay uses into one atlas and uploads the quads.
    OverlayRenderer(const Overlay& overlay, const Font& font);

    // Draws over the bound framebuffer, whose viewport shows the image pixels
    // [x0, x0 + width) x [y0, y0 + height) (y down, as the overlay's coordinates).
    void draw(float x0, float y0, float width, float height, float hatchPeriod);

  private:
    Overlay m_overlay;
    ShaderProgram m_textProgram{"text"};
    ShaderProgram m_swatchProgram{"swatch"};
    GlTexture m_atlas;
    GlVertexArray m_textVao;
    GlBuffer m_textBuffer;
    GLsizei m_textVertices = 0;
    GlVertexArray m_rectVao;
    GlBuffer m_rectBuffer;
};

} // namespace recmap::render
