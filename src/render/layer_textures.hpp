#pragma once

#include "render/gl_object.hpp"

#include <initializer_list>

// Textures and framebuffers for the explorer's cached map layers. Internal to render/.
namespace recmap::render {

// A texture read texel for texel (nearest, no mipmaps), left bound; glTexImage2D gives it storage.
[[nodiscard]] GlTexture nearestTexture();

// An unfilled width x height texture read texel for texel: one of the explorer's layers.
[[nodiscard]] GlTexture layerTexture(GLenum internalFormat, GLenum format, GLenum type, int width,
                                     int height);

// A framebuffer, left bound, drawing into `textures` as colour attachments 0, 1, ...
[[nodiscard]] GlFramebuffer framebufferOver(std::initializer_list<GLuint> textures);

} // namespace recmap::render
