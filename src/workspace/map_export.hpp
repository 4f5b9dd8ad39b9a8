#pragma once

#include "workspace/gdal_services.hpp"
#include "workspace/render_request.hpp"

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace recmap::workspace {

enum class OutputFormat { Png, GeoTiff, Svg, Html, GeoPackage, Csv, GeoJson };

// .png, .tif/.tiff, .svg, .html, .gpkg, .csv or .geojson; throws core::UsageError.
[[nodiscard]] OutputFormat outputFormatOf(const std::filesystem::path& path);

// The extensions of every format a map exports to, as a front end offers them: png, svg, tif,
// html, gpkg, csv, geojson.
[[nodiscard]] const std::vector<std::string>& exportExtensions();

// A .gif or .mp4 output: frames encoded with ffmpeg.
[[nodiscard]] bool isAnimation(const std::filesystem::path& output);

// Renders the map to request.output (any OutputFormat), atomically; with --from/--to, numbered
// frames (FILE-0001.png, ...) and, for a .gif or .mp4 output, the animation through ffmpeg.
// Progress notes go to `log`. What needs GDAL (a mesh not cached, GIS formats) is `gdal`'s.
void runRender(const RenderRequest& request, const GdalServices& gdal, std::ostream& log);

} // namespace recmap::workspace
