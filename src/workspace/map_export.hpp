#pragma once

#include "workspace/render_request.hpp"

#include <filesystem>
#include <ostream>

namespace recmap::workspace {

enum class OutputFormat { Png, GeoTiff, Svg };

// .png, .tif/.tiff or .svg; throws core::UsageError.
[[nodiscard]] OutputFormat outputFormatOf(const std::filesystem::path& path);

// A .gif or .mp4 output: frames encoded with ffmpeg.
[[nodiscard]] bool isAnimation(const std::filesystem::path& output);

// Renders the map to request.output (.png, .tif or .svg), atomically; with --from/--to, numbered
// frames (FILE-0001.png, ...) and, for a .gif or .mp4 output, the animation through ffmpeg.
// Progress notes go to `log`.
void runRender(const RenderRequest& request, std::ostream& log);

} // namespace recmap::workspace
