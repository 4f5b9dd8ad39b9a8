#pragma once

#include "geo/map_mesh.hpp"
#include "render/map_renderer.hpp"
#include "render/overlay.hpp"
#include "scene/map_scene.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <unordered_map>

namespace recmap::render {

// What a browser shows on hovering an entity: <title> (name and status) and <desc> (sources).
struct EntityNote {
    std::string title;
    std::string description;
};

struct SvgOptions {
    std::unordered_map<std::string, EntityNote> notes; // by mesh slot code
    bool overlay = true; // title, legend and attribution (the HTML export draws its own)
    // For the HTML export: entity groups focusable (tabindex) and labelled, borders between two
    // slots one path each (data-sides="A B"), so a script can recolour them and hide the
    // borders inside one holder on another date; no fixed width/height (it scales).
    bool interactive = false;
    // Side by side: each panel's scene over its extent in its rectangle, instead of one map.
    std::vector<RenderOptions::Panel> panels;
    // Patterns to define beside the map's own (the HTML export's styles of every date).
    std::map<std::pair<std::string, std::string>, std::string> patterns;
};

// The map as one SVG document: the same projected geometry, colours, markers and overlay as
// the raster output, in image pixels. One <g id="CODE" class="entity"> per entity holding its
// path (fill-rule evenodd) and its note; hatched styles as <pattern>s; borders drawn once;
// title, legend and attribution as <text> in `fontFamily`; the inset, if any, clipped to its
// frame.
void writeSvgDocument(std::ostream& out, const geo::MapMesh& mesh, const scene::MapScene& scene,
                      const Overlay& overlay, const geo::Bounds& extent,
                      const std::optional<RenderOptions::Inset>& inset, int width, int height,
                      const std::string& fontFamily, const SvgOptions& options);

// The same, to a file: atomic (temporary file, then rename).
void writeSvg(const std::filesystem::path& path, const geo::MapMesh& mesh,
              const scene::MapScene& scene, const Overlay& overlay, const geo::Bounds& extent,
              const std::optional<RenderOptions::Inset>& inset, int width, int height,
              const std::string& fontFamily, const SvgOptions& options = {});

// Hatching patterns by (fill, hatch) colours, as "#rrggbb" strings: their ids.
using SvgPatterns = std::map<std::pair<std::string, std::string>, std::string>;
// "#rrggbb".
[[nodiscard]] std::string svgColour(const scene::Rgba& colour);
// A fill attribute value for the style: its colour, or url(#hatchN) (added to `patterns`).
[[nodiscard]] std::string svgFill(const scene::EntityStyle& style, SvgPatterns& patterns);
// <pattern> elements for `patterns`, stripes `period` pixels apart.
void writeSvgPatterns(std::ostream& out, const SvgPatterns& patterns, double period);
[[nodiscard]] std::string escapeXml(const std::string& text);

} // namespace recmap::render
