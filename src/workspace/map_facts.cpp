#include "workspace/map_facts.hpp"

#include "core/entity.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace recmap::workspace {

std::vector<MapFact> mapFacts(const core::Dataset& dataset, const scene::ViewSpec& view,
                              const scene::Worldview& worldview, const core::Date& date,
                              const scene::MapScene& scene, const geo::MapMesh& mesh) {
    std::map<std::string, std::vector<std::string>> slotsOf;
    for (const auto& slot : mesh.entityCodes) {
        if (!slot.starts_with('?')) {
            slotsOf[scene.holderOfSlot(slot)].push_back(slot);
        }
    }
    std::vector<MapFact> facts;
    const std::string today = date.toString();
    for (const auto& entity : dataset.entities()) {
        auto category = scene.categoryOf.find(entity.code);
        if (category == scene.categoryOf.end() || !entity.existsOn(date)) {
            continue; // a slot of a state gone by the date is part of its holder's shape
        }
        MapFact fact;
        fact.code = entity.code;
        fact.name = entity.name;
        fact.kind = std::string(core::toString(entity.kind));
        fact.category = category->second;
        fact.style = scene.styleOf(entity.code);
        fact.counted = !scene.uncounted.contains(entity.code);
        if (const auto& holder = scene.holderOfSlot(entity.code); holder != entity.code) {
            fact.drawnAs = holder;
        }
        if (auto slots = slotsOf.find(entity.code); slots != slotsOf.end()) {
            fact.slots = slots->second;
        }
        fact.details = scene::entityDetails(dataset, view, worldview, date, entity.code);
        std::set<std::string> cited;
        for (const auto& event : fact.details.events) {
            if (!event.date.empty() && event.date > today) {
                continue;
            }
            for (const auto& citation : event.citations) {
                if (cited.insert(citation.sourceId).second) {
                    fact.citations.push_back(citation);
                }
            }
        }
        facts.push_back(std::move(fact));
    }
    std::sort(facts.begin(), facts.end(),
              [](const MapFact& a, const MapFact& b) { return a.code < b.code; });
    return facts;
}

std::string factTitle(const MapFact& fact) {
    return fact.name + ": " + (fact.details.status.empty() ? fact.category : fact.details.status);
}

std::string factDescription(const MapFact& fact, const core::Date& date) {
    const std::string today = date.toString();
    std::string text;
    for (const auto& event : fact.details.events) {
        if (!event.date.empty() && event.date > today) {
            continue;
        }
        text += (text.empty() ? "" : "\n") + (event.date.empty() ? "" : event.date + " ") +
                event.what + (event.disputed ? " (disputed)" : "");
        for (const auto& citation : event.citations) {
            text +=
                "\n  " + citation.text + (citation.url.empty() ? "" : " <" + citation.url + ">");
        }
    }
    return text.empty() ? "No event on record" : "Sources:\n" + text;
}

} // namespace recmap::workspace
