#pragma once

#include "geo/map_mesh.hpp"
#include "render/map_renderer.hpp"
#include "render/overlay.hpp"
#include "scene/map_scene.hpp"

#include <filesystem>
#include <string>

namespace recmap::render {

// Writes the map as SVG: the same projected geometry, colours, markers and overlay as the raster
// output, in image pixels. One <g id="CODE" class="entity"> per entity holding its path
// (fill-rule evenodd); hatched styles as <pattern>s; borders drawn once as one path; title,
// legend and attribution as <text> in `fontFamily`; the inset, if any, clipped to its frame.
// Atomic (temporary file, then rename).
void writeSvg(const std::filesystem::path& path, const geo::MapMesh& mesh,
              const scene::MapScene& scene, const Overlay& overlay, const geo::Bounds& extent,
              const std::optional<RenderOptions::Inset>& inset, int width, int height,
              const std::string& fontFamily);

} // namespace recmap::render
