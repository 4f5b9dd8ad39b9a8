#pragma once

#include <optional>
#include <string_view>

namespace recmap::render {

// The GLSL source of shaders/<name> (e.g. "fill.vert.glsl"), compiled into the binary.
[[nodiscard]] std::optional<std::string_view> embeddedShader(std::string_view name);

} // namespace recmap::render
