#include "render/shader_program.hpp"

#include "core/error.hpp"
#include "render/embedded_shaders.hpp"

#include <vector>

namespace recmap::render {
namespace {

GlShader compile(GLenum stage, const std::string& file) {
    const auto source = embeddedShader(file);
    if (!source) {
        throw core::Error("shader " + file + " is not embedded in this build");
    }
    GlShader shader(glCreateShader(stage));
    const GLchar* text = source->data();
    const auto length = static_cast<GLint>(source->size());
    glShaderSource(shader.get(), 1, &text, &length);
    glCompileShader(shader.get());
    GLint ok = GL_FALSE;
    glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
    if (ok != GL_TRUE) {
        GLint size = 0;
        glGetShaderiv(shader.get(), GL_INFO_LOG_LENGTH, &size);
        std::vector<char> log(static_cast<size_t>(std::max(size, 1)));
        glGetShaderInfoLog(shader.get(), size, nullptr, log.data());
        throw core::Error("shaders/" + file + ": error: " + std::string(log.data()));
    }
    return shader;
}

} // namespace

ShaderProgram::ShaderProgram(const std::string& name) : ShaderProgram(name, name) {}

ShaderProgram::ShaderProgram(const std::string& vertexName, const std::string& fragmentName)
    : m_name(vertexName == fragmentName ? vertexName : vertexName + "+" + fragmentName),
      m_program(glCreateProgram()) {
    const auto& name = m_name;
    const GlShader vertex = compile(GL_VERTEX_SHADER, vertexName + ".vert.glsl");
    const GlShader fragment = compile(GL_FRAGMENT_SHADER, fragmentName + ".frag.glsl");
    glAttachShader(m_program.get(), vertex.get());
    glAttachShader(m_program.get(), fragment.get());
    glLinkProgram(m_program.get());
    GLint ok = GL_FALSE;
    glGetProgramiv(m_program.get(), GL_LINK_STATUS, &ok);
    glDetachShader(m_program.get(), vertex.get());
    glDetachShader(m_program.get(), fragment.get());
    if (ok != GL_TRUE) {
        GLint size = 0;
        glGetProgramiv(m_program.get(), GL_INFO_LOG_LENGTH, &size);
        std::vector<char> log(static_cast<size_t>(std::max(size, 1)));
        glGetProgramInfoLog(m_program.get(), size, nullptr, log.data());
        throw core::Error("shader program '" + name +
                          "' does not link: " + std::string(log.data()));
    }
}

GLint ShaderProgram::uniform(const std::string& name) {
    auto found = m_uniforms.find(name);
    if (found != m_uniforms.end()) {
        return found->second;
    }
    const GLint location = glGetUniformLocation(m_program.get(), name.c_str());
    m_uniforms.emplace(name, location);
    return location;
}

} // namespace recmap::render
