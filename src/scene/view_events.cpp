#include "scene/view_events.hpp"

namespace recmap::scene {

std::set<long> eventDaysAbout(const core::Dataset& dataset, const std::vector<std::string>& names) {
    std::set<std::string> focus;
    for (const auto& name : names) {
        if (const auto* entity = dataset.entity(name)) {
            focus.insert(entity->code);
        }
        if (const auto* organisation = dataset.organisation(name)) {
            focus.insert(organisation->code);
        }
    }
    std::set<long> days;
    for (const auto& event : dataset.recognitionEvents()) {
        if (names.empty() || focus.contains(event.subject) || focus.contains(event.recogniser)) {
            days.insert(event.date.dayNumber());
        }
    }
    for (const auto& event : dataset.membershipEvents()) {
        if (names.empty() || focus.contains(event.organisation)) {
            days.insert(event.date.dayNumber());
        }
    }
    return days;
}

} // namespace recmap::scene
