#pragma once

#include "core/date.hpp"
#include "core/event.hpp"

#include <optional>
#include <string>
#include <vector>

namespace recmap::core {

// How a disputed territory is drawn under one worldview (data/worldviews.csv): from `from` on
// (empty: since before the dataset's coverage) the territory is shown as part of `drawnAs`.
// The worldview is "un" (UN General Assembly and Security Council positions), "de-facto" (who
// administers it) or a state's entity code (that state's stated position).
struct TerritoryPosition {
    std::string territory;
    std::string worldview;
    std::optional<Date> from;
    std::string drawnAs;
    std::vector<std::string> sources;
    std::string note;
    Origin origin;
};

} // namespace recmap::core
