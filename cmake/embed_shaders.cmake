# Run as a script: cmake -DOUT=file.cpp -DSOURCES="a.glsl;b.glsl" -P embed_shaders.cmake
# Writes a C++ file defining recmap::render::embeddedShader(name) over the GLSL files, so the
# binary carries its shaders and is relocatable.
set(body "")
foreach(src IN LISTS SOURCES)
    get_filename_component(name "${src}" NAME)
    file(READ "${src}" text)
    string(APPEND body "        {\"${name}\", R\"recmap_glsl(${text})recmap_glsl\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from shaders/ by cmake/embed_shaders.cmake. Do not edit.
#include \"render/embedded_shaders.hpp\"

#include <map>
#include <string>

namespace recmap::render {

std::optional<std::string_view> embeddedShader(std::string_view name) {
    static const std::map<std::string, std::string_view, std::less<>> shaders{
${body}    };
    auto found = shaders.find(name);
    if (found == shaders.end()) {
        return std::nullopt;
    }
    return found->second;
}

} // namespace recmap::render
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
