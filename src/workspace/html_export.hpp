#pragma once

#include "core/dataset.hpp"
#include "geo/map_mesh.hpp"
#include "scene/map_scene.hpp"
#include "scene/view_spec.hpp"
#include "scene/worldview.hpp"

#include <functional>
#include <string>
#include <vector>

namespace recmap::workspace {

// The interactive page's data over a set of dates: a style table, and per date the title, the
// legend and, per map slot, runs of (style, holder, status, events) that change only where
// something changed, so the page stays small.
struct HtmlTimeline {
    std::vector<scene::EntityStyle> styles;
    std::string json; // the members html/map.js reads, see render::HtmlPage::dataJson
};

struct HtmlTimelineInput {
    const core::Dataset& dataset;
    const scene::ViewSpec& view;
    const scene::Worldview& worldview;
    const geo::MapMesh& mesh;
    std::vector<core::Date> dates; // ascending
    size_t initial = 0;            // the map's own date
    std::function<scene::MapScene(const core::Date&)> sceneOn;
};

[[nodiscard]] HtmlTimeline htmlTimeline(const HtmlTimelineInput& input);

} // namespace recmap::workspace
