#pragma once

#include "core/dataset.hpp"
#include "scene/view_spec.hpp"
#include "scene/worldview.hpp"

#include <string>
#include <vector>

namespace recmap::scene {

// One event behind an entity's status under a view, with its citations: what the explorer's
// details panel, the HTML export's tooltips and the SVG's <desc> show.
struct DetailEvent {
    std::string date;
    std::string what; // "recognise", "join", "UN: part of Ukraine", ...
    bool disputed = false;
    struct Citation {
        std::string sourceId;
        std::string text; // "publisher: title"
        std::string url;
    };
    std::vector<Citation> citations;
};

struct EntityDetails {
    std::string code;
    std::string name;
    std::string status; // e.g. "Serbia: does not recognise Kosovo since 2008-02-17"
    std::string since;  // the date of the event that decides the status, if any
    std::vector<DetailEvent> events;
};

// An entity's status under the view on the date, since when, and every event behind it with its
// sources: recognition or observer views give the pair's history, membership views each
// organisation's, other views the entity's kind. A disputed territory adds the worldviews'
// positions in force, a slot held by another state (the boundary history) its holder's status
// first. An unknown code gives empty details.
[[nodiscard]] EntityDetails entityDetails(const core::Dataset& dataset, const ViewSpec& view,
                                          const Worldview& worldview, const core::Date& date,
                                          const std::string& code);

} // namespace recmap::scene
