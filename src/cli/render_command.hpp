#pragma once

#include "workspace/render_request.hpp"

#include <string>
#include <vector>

namespace recmap::cli {

// Parses the words after "render"; throws core::UsageError.
[[nodiscard]] workspace::RenderRequest parseRenderRequest(const std::vector<std::string>& words);

[[nodiscard]] std::string renderUsage();

} // namespace recmap::cli
