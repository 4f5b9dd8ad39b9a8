#pragma once

#include "core/date.hpp"
#include "geo/projection.hpp"

#include <optional>
#include <string>

namespace recmap::app {

// What the user asked for this frame; panels fill it, the window applies it.
struct ExplorerCommands {
    std::optional<core::Date> date;
    std::optional<std::string> view;
    std::optional<std::string> flyTo;              // an entity code to centre the map on
    std::optional<std::string> toggleCategory;     // a legend label clicked
    std::optional<geo::ProjectionKind> projection; // picked in the projection list
    std::optional<std::string> worldview;          // picked in the worldview list
    // Compare mode picked: "off", "changes" or "swipe", against `compareFrom`.
    std::optional<std::string> compare;
    core::Date compareFrom;
    bool centreGlobe = false; // orthographic: turn the globe to the middle of the window
    bool saveView = false;    // Ctrl+S
    bool exportImage = false; // Ctrl+E, in AppState::exportFormat
};

// State that lives across frames and belongs to no panel.
struct AppState {
    std::string viewInput = "countries"; // the view text being edited
    std::string viewError;
    bool playing = false;
    int daysPerFrame = 30;
    std::optional<std::string> hovered;  // entity code under the mouse
    std::optional<std::string> selected; // clicked; shown until Escape
    bool searchOpen = false;
    bool helpOpen = false;
    geo::ProjectionKind projection = geo::ProjectionKind::EqualEarth;
    std::string exportFormat = "png"; // any of workspace::exportExtensions()
    float swipeAt = 0.5f;             // the swipe divider, as a fraction of the window's width
};

} // namespace recmap::app
