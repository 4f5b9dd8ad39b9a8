#pragma once

#include "core/dataset.hpp"
#include "geo/map_mesh.hpp"
#include "scene/entity_details.hpp"
#include "scene/map_scene.hpp"
#include "scene/view_spec.hpp"
#include "scene/worldview.hpp"

#include <string>
#include <vector>

namespace recmap::workspace {

// One entity of a map as the data behind it: what the CSV, GeoJSON and GeoPackage exports
// write per feature, and what the SVG's <title>/<desc> say.
struct MapFact {
    std::string code;
    std::string name;
    std::string kind;     // un_member, territory, ...
    std::string category; // the legend label it is drawn under
    scene::EntityStyle style;
    bool counted = true; // counted in its legend entry (territories in a sovereign's style not)
    std::string drawnAs; // the entity whose shape holds it on the date, if not itself
    std::vector<std::string> slots; // mesh slots drawn as it (empty: no shape of its own)
    scene::EntityDetails details;   // status, since, events with citations
    // Sources of the events on or before the date, once each, in order.
    std::vector<scene::DetailEvent::Citation> citations;
};

// Every entity the scene gives a category on the date, sorted by code: the entities counted in
// the legend (so features per category equal the legend's counts) and the territories drawn in
// their sovereign's style. A slot drawn as another entity (Ukraine inside the Soviet Union)
// belongs to its holder's shape.
[[nodiscard]] std::vector<MapFact> mapFacts(const core::Dataset& dataset,
                                            const scene::ViewSpec& view,
                                            const scene::Worldview& worldview,
                                            const core::Date& date, const scene::MapScene& scene,
                                            const geo::MapMesh& mesh);

// "Name: status" and one line per event with its citations, for the SVG's tooltips.
[[nodiscard]] std::string factTitle(const MapFact& fact);
[[nodiscard]] std::string factDescription(const MapFact& fact, const core::Date& date);

} // namespace recmap::workspace
