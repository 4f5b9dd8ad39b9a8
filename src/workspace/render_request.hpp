#pragma once

#include "core/date.hpp"
#include "geo/projection_spec.hpp"
#include "scene/view_spec.hpp"

#include <array>
#include <filesystem>
#include <optional>
#include <string>

namespace recmap::workspace {

// One map export, as `recmap render` and the explorer's export ask for it.
struct RenderRequest {
    scene::ViewSpec view;
    core::Date asOf = core::Date::today();
    std::string palette = "okabe-ito";
    std::string worldview = "un"; // un, de-facto or a state (checked against the dataset)
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
    // A time-aware boundary file: the attributes holding each feature's validity dates.
    std::string validFromField;
    std::string validToField;
    std::filesystem::path dataDir;
    bool legend = true;
    bool labels = false; // --labels: entity names with collision avoidance
    bool graticule = true;
    // Animation (--from, --to, --step 1y|3m|10d|event): one frame per date.
    std::optional<core::Date> from;
    std::optional<core::Date> to;
    std::string step;
    // --side-by-side DATE|WORLDVIEW: two panels, this date or worldview left of the map's own.
    std::string sideBySide;
    // --extent W,S,E,N: show this longitude/latitude box instead of the whole globe.
    std::optional<std::array<double, 4>> extent;
};

} // namespace recmap::workspace
