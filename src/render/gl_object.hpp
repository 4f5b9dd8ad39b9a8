#pragma once

// Private to render: move-only RAII owners for GL object names. 0 means empty. Created and
// destroyed on the thread whose context is current; never static.

#include <epoxy/gl.h>
#include <utility>

namespace recmap::render {

template <typename Traits> class GlObject {
  public:
    GlObject() = default;
    explicit GlObject(GLuint name) : m_name(name) {}
    ~GlObject() { reset(); }
    GlObject(const GlObject&) = delete;
    GlObject& operator=(const GlObject&) = delete;
    GlObject(GlObject&& other) noexcept : m_name(std::exchange(other.m_name, 0)) {}
    GlObject& operator=(GlObject&& other) noexcept {
        if (this != &other) {
            reset();
            m_name = std::exchange(other.m_name, 0);
        }
        return *this;
    }

    [[nodiscard]] static GlObject create() { return GlObject(Traits::create()); }
    [[nodiscard]] GLuint get() const { return m_name; }
    void reset() {
        if (m_name != 0) {
            Traits::destroy(m_name);
            m_name = 0;
        }
    }

  private:
    GLuint m_name = 0;
};

struct BufferTraits {
    static GLuint create() {
        GLuint n = 0;
        glGenBuffers(1, &n);
        return n;
    }
    static void destroy(GLuint n) { glDeleteBuffers(1, &n); }
};
struct VertexArrayTraits {
    static GLuint create() {
        GLuint n = 0;
        glGenVertexArrays(1, &n);
        return n;
    }
    static void destroy(GLuint n) { glDeleteVertexArrays(1, &n); }
};
struct TextureTraits {
    static GLuint create() {
        GLuint n = 0;
        glGenTextures(1, &n);
        return n;
    }
    static void destroy(GLuint n) { glDeleteTextures(1, &n); }
};
struct FramebufferTraits {
    static GLuint create() {
        GLuint n = 0;
        glGenFramebuffers(1, &n);
        return n;
    }
    static void destroy(GLuint n) { glDeleteFramebuffers(1, &n); }
};
struct RenderbufferTraits {
    static GLuint create() {
        GLuint n = 0;
        glGenRenderbuffers(1, &n);
        return n;
    }
    static void destroy(GLuint n) { glDeleteRenderbuffers(1, &n); }
};
struct ShaderTraits {
    static void destroy(GLuint n) { glDeleteShader(n); }
};
struct ProgramTraits {
    static void destroy(GLuint n) { glDeleteProgram(n); }
};

using GlBuffer = GlObject<BufferTraits>;
using GlVertexArray = GlObject<VertexArrayTraits>;
using GlTexture = GlObject<TextureTraits>;
using GlFramebuffer = GlObject<FramebufferTraits>;
using GlRenderbuffer = GlObject<RenderbufferTraits>;
using GlShader = GlObject<ShaderTraits>;
using GlProgram = GlObject<ProgramTraits>;

} // namespace recmap::render
