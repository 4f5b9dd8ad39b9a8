#pragma once

// Private to render: a linked GLSL program built from embedded shaders/<name>.{vert,frag}.glsl.

#include "render/gl_object.hpp"

#include <string>
#include <unordered_map>

namespace recmap::render {

class ShaderProgram {
  public:
    // Compiles and links "<name>.vert.glsl" + "<name>.frag.glsl"; throws core::Error with the
    // program name and the driver's log on failure.
    explicit ShaderProgram(const std::string& name);
    // Links "<vertexName>.vert.glsl" with "<fragmentName>.frag.glsl" (one stage shared by two
    // programs).
    ShaderProgram(const std::string& vertexName, const std::string& fragmentName);

    void use() const { glUseProgram(m_program.get()); }
    // Cached uniform location (-1 if the uniform is unused).
    [[nodiscard]] GLint uniform(const std::string& name);

  private:
    std::string m_name;
    GlProgram m_program;
    std::unordered_map<std::string, GLint> m_uniforms;
};

} // namespace recmap::render
