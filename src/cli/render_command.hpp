#pragma once

#include "core/date.hpp"
#include "geo/projection.hpp"
#include "scene/view_spec.hpp"

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace recmap::cli {

// Everything `recmap render` needs, parsed and checked.
struct RenderRequest {
    scene::ViewSpec view;
    core::Date asOf = core::Date::today();
    std::string palette = "okabe-ito";
    std::optional<std::string> title;
    std::optional<std::filesystem::path> database;
    std::filesystem::path output;
    int width = 4096;
    int height = 2048;
    geo::ProjectionSpec projection;
    std::string resolution = "50m";
    std::optional<std::filesystem::path>
        boundaries;       // any GDAL vector file instead of Natural Earth
    std::string keyField; // its attribute matched to boundary_key
    std::filesystem::path dataDir;
    bool legend = true;
    bool graticule = true;
};

// Parses the words after "render"; throws core::UsageError.
[[nodiscard]] RenderRequest parseRenderRequest(const std::vector<std::string>& words);

// Renders the map to request.output (.png or .tif), atomically. Progress notes go to `log`.
void runRender(const RenderRequest& request, std::ostream& log);

[[nodiscard]] std::string renderUsage();

} // namespace recmap::cli
