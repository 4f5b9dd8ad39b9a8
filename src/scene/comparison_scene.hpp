#pragma once

#include "core/dataset.hpp"
#include "scene/entity_details.hpp"
#include "scene/map_scene.hpp"
#include "scene/palette.hpp"
#include "scene/view_spec.hpp"

#include <string>
#include <vector>

namespace recmap::scene {

// Whether a thematic category is the view's "yes": recognises (also presumed, or with relations
// broken off), member, matches.
[[nodiscard]] bool isPositiveCategory(const std::string& label);

// How one entity's category in a view changed between two dates.
struct CategoryChange {
    std::string code;
    // "Gained", "Lost", "Changed category", "Unchanged", "Came into existence", "Went out of
    // existence", "Gained (came into existence)", "Lost (went out of existence)".
    std::string change;
    std::string before; // the category on the first date (empty: did not exist)
    std::string after;  // on the second
};

// Every entity with a category of its own on either date (states, and territories with a record
// of their own), by code: what changed in the thematic view between `from` and `to`.
[[nodiscard]] std::vector<CategoryChange>
categoryChanges(const core::Dataset& dataset, const ViewSpec& view, const core::Date& from,
                const core::Date& to, const Palette& palette);

// The events of the compared view behind an entity's change: dated after `from`, up to `to`.
[[nodiscard]] std::vector<DetailEvent> eventsBetween(const core::Dataset& dataset,
                                                     const ViewSpec& view, const std::string& code,
                                                     const core::Date& from, const core::Date& to);

// changes:VIEW: entities coloured by what changed (gained, lost, changed category, unchanged,
// came into or went out of existence), counts in the legend, and a title naming both dates.
[[nodiscard]] MapScene changeScene(const core::Dataset& dataset, const ViewSpec& view,
                                   const core::Date& to, const Palette& palette);

// agree:A,B: both views say yes / only the first / only the second / neither (two observers:
// both recognise, ...; two organisations: member of both, ...).
[[nodiscard]] MapScene agreementScene(const core::Dataset& dataset, const ViewSpec& view,
                                      const core::Date& date, const Palette& palette);

} // namespace recmap::scene
