#pragma once

#include "geo/map_mesh.hpp"
#include "render/map_renderer.hpp"
#include "scene/map_scene.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace recmap::render {

// One self-contained interactive HTML page: the map as inline SVG (the scene of the map's own
// date), an HTML title, legend and attribution, and a script (plain JavaScript, embedded from
// src/render/html/) that recolours the map for the slider's dates, shows a tooltip with status
// and sources on hover, tap and keyboard focus, and zooms and pans.
struct HtmlPage {
    const geo::MapMesh* mesh = nullptr;
    const scene::MapScene* scene = nullptr; // on the map's own date
    geo::Bounds extent;
    int width = 0; // the SVG's coordinate space; the page scales it to the window
    int height = 0;
    std::string fontFamily;
    // Every style the dates use, referred to by index from `dataJson`.
    std::vector<scene::EntityStyle> styles;
    // The dates' data as a JSON object's members (without braces): dates, initial, titles,
    // legend, names, slots, statuses, eventLists, sources; see html/map.js.
    std::string dataJson;
    std::string attribution;
};

// Writes the page, atomically (temporary file, then rename).
void writeHtml(const std::filesystem::path& path, const HtmlPage& page);

} // namespace recmap::render
