#include "render/layer_textures.hpp"

#include "core/error.hpp"

namespace recmap::render {

// A texture read texel for texel (nearest, no mipmaps), left bound; glTexImage2D gives it storage.
GlTexture nearestTexture() {
    auto texture = GlTexture::create();
    glBindTexture(GL_TEXTURE_2D, texture.get());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    return texture;
}

// An unfilled width x height texture read texel for texel: one of the explorer's layers.
GlTexture layerTexture(GLenum internalFormat, GLenum format, GLenum type, int width, int height) {
    auto texture = nearestTexture();
    glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(internalFormat), width, height, 0, format,
                 type, nullptr);
    return texture;
}

// A framebuffer, left bound, drawing into `textures` as colour attachments 0, 1, ...
GlFramebuffer framebufferOver(std::initializer_list<GLuint> textures) {
    auto framebuffer = GlFramebuffer::create();
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer.get());
    GLenum attachment = GL_COLOR_ATTACHMENT0;
    for (const GLuint texture : textures) {
        glFramebufferTexture2D(GL_FRAMEBUFFER, attachment++, GL_TEXTURE_2D, texture, 0);
    }
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        throw core::Error("cannot create the explorer's map layers");
    }
    return framebuffer;
}

} // namespace recmap::render
