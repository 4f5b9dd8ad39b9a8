#pragma once

#include <optional>
#include <string_view>

namespace recmap::render {

// A file of src/render/html/ (map.js, map.css), compiled into the binary for the HTML export.
[[nodiscard]] std::optional<std::string_view> embeddedHtmlAsset(std::string_view name);

} // namespace recmap::render
