#pragma once

#include "core/date.hpp"
#include "geo/projection.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace recmap::app {

// One action of an explorer script (--script FILE), played one per frame.
struct ScriptAction {
    enum class Kind {
        Hover,      // hover LON,LAT: the mouse over that place (the details panel shows it)
        Click,      // click LON,LAT: select what is there
        Date,       // date YYYY-MM-DD: the timeline set to that day
        View,       // view TEXT: typed into the view box
        Toggle,     // toggle LABEL: a legend swatch clicked
        Search,     // search TEXT: Ctrl+F, the first match flown to
        Worldview,  // worldview un|de-facto|STATE: picked in the worldview list
        Wait,       // wait N: N frames with no input
        Projection, // projection NAME: picked in the projection list
        TurnGlobe,  // turn-globe: orthographic, the globe turned to the window's middle
        Save,       // save: Ctrl+S (a view file in the working directory)
        Export,     // export png|svg|...: Ctrl+E in that format (in the working directory)
        Compare,    // compare off | changes DATE | swipe DATE [AT]: compare mode (AT: divider 0-1)
    };
    Kind kind = Kind::Wait;
    double lon = 0;
    double lat = 0;
    core::Date date;
    std::string text;
    int frames = 1;
    geo::ProjectionKind projection = geo::ProjectionKind::EqualEarth;
};

// Reads a script: one action a line, '#' starts a comment. Throws core::InputError as
// "FILE:LINE: error: ..." for an unknown action or a bad argument.
[[nodiscard]] std::vector<ScriptAction> readInputScript(const std::filesystem::path& path);

} // namespace recmap::app
