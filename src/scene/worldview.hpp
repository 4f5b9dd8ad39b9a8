#pragma once

#include "core/dataset.hpp"
#include "scene/map_scene.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recmap::scene {

// Whose map of disputed territories to draw (--worldview):
//   un        as UN General Assembly and Security Council resolutions have it (the default)
//   de-facto  as the territories are administered
//   STATE     as that state sees them: its recorded position, else its own claims (a territory
//             it claims, an entity it claims and does not recognise), else as the UN has it
struct Worldview {
    enum class Kind { Un, DeFacto, State };
    Kind kind = Kind::Un;
    std::string state; // entity code, for Kind::State

    // "un", "de-facto" or the state's code, as in data/worldviews.csv and view files.
    [[nodiscard]] std::string key() const;
    // For the legend: "UN resolutions", "de facto administration" or the state's name.
    [[nodiscard]] std::string describe(const core::Dataset& dataset) const;
};

// un, de-facto, or a state by code, name or alias; throws core::UsageError.
[[nodiscard]] Worldview parseWorldview(std::string_view text, const core::Dataset& dataset);

// The positions on one territory in force on `date`, by worldview: for each, the latest row
// dated on or before the date (undated rows hold from the start).
[[nodiscard]] std::map<std::string, const core::TerritoryPosition*>
positionsInForce(const core::Dataset& dataset, const std::string& territory,
                 const core::Date& date);

// How one entity is drawn under a worldview on a date, when as part of another entity.
struct TerritoryDrawing {
    std::string drawnAs;   // entity code
    bool disputed = false; // worldviews disagree on the date, or a state's claim redraws it
    // The positions in force on the date (all worldviews), for details and sources.
    std::vector<const core::TerritoryPosition*> positions;
};

// nullopt when the entity is drawn as itself.
[[nodiscard]] std::optional<TerritoryDrawing> territoryDrawing(const core::Dataset& dataset,
                                                               const core::Entity& entity,
                                                               const Worldview& worldview,
                                                               const core::Date& date);

// Redraws the scene's disputed territories for the worldview: each takes the style and legend
// category of the entity it is drawn as, hatched while disputed, and a legend line names the
// worldview. The view's own subject (scene.focus) keeps its style.
void applyWorldview(MapScene& scene, const core::Dataset& dataset, const Worldview& worldview,
                    const core::Date& date);

} // namespace recmap::scene
