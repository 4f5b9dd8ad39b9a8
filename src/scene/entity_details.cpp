#include "scene/entity_details.hpp"

#include "core/status.hpp"

#include <algorithm>

namespace recmap::scene {
namespace {

void cite(const core::Dataset& dataset, const std::vector<std::string>& sources,
          DetailEvent& detail) {
    for (const auto& id : sources) {
        if (const auto* source = dataset.source(id)) {
            detail.citations.push_back({id, source->publisher + ": " + source->title, source->url});
        }
    }
}

template <typename Event> DetailEvent describe(const core::Dataset& dataset, const Event& event) {
    DetailEvent detail{event.date.toString(),
                       std::string(core::toString(event.action)),
                       event.confidence == core::Confidence::Disputed,
                       {}};
    cite(dataset, event.sources, detail);
    return detail;
}

std::string nameOf(const core::Dataset& dataset, const std::string& code) {
    const core::Entity* entity = dataset.entity(code);
    return entity ? entity->name : code;
}

// A disputed territory's positions in force: "UN: part of Ukraine", with their sources.
void describeTerritory(const core::Dataset& dataset, const TerritoryDrawing& drawing,
                       const Worldview& worldview, EntityDetails& details) {
    details.status = "Drawn as part of " + nameOf(dataset, drawing.drawnAs) +
                     " (worldview: " + worldview.describe(dataset) + ")" +
                     (drawing.disputed ? "; disputed" : "") +
                     (details.status.empty() ? "" : ". " + details.status);
    for (const auto* position : drawing.positions) {
        const std::string whose = position->worldview == "un"         ? "UN"
                                  : position->worldview == "de-facto" ? "de facto"
                                                                      : position->worldview;
        DetailEvent detail{position->from ? position->from->toString() : "",
                           whose + ": part of " + nameOf(dataset, position->drawnAs),
                           false,
                           {}};
        cite(dataset, position->sources, detail);
        details.events.push_back(std::move(detail));
    }
}

// The entity's own status under the view, without territories or holders.
EntityDetails ownDetails(const core::Dataset& dataset, const ViewSpec& view,
                         const core::Entity& entity, const core::Date& date) {
    EntityDetails details;
    details.code = entity.code;
    details.name = entity.name;
    if (view.kind == ViewSpec::Kind::Recognition || view.kind == ViewSpec::Kind::Observer) {
        const core::Entity* focus = dataset.entity(view.names.front());
        if (focus == nullptr) {
            return details;
        }
        const bool aboutFocus = view.kind == ViewSpec::Kind::Recognition;
        const auto& subject = aboutFocus ? *focus : entity;
        const auto& observer = aboutFocus ? entity : *focus;
        const auto state = core::recognitionStatus(dataset, subject.code, observer.code, date);
        details.status = observer.name + ": " + std::string(core::toString(state.status)) + " " +
                         subject.name +
                         (state.decisive ? " since " + state.decisive->date.toString() : "");
        if (state.decisive) {
            details.since = state.decisive->date.toString();
        }
        for (const auto* event : dataset.recognitionHistory(subject.code, observer.code)) {
            details.events.push_back(describe(dataset, *event));
        }
    } else if (view.kind == ViewSpec::Kind::Membership) {
        for (const auto& name : view.names) {
            const core::Organisation* organisation = dataset.organisation(name);
            if (organisation == nullptr) {
                continue;
            }
            const auto state =
                core::membershipStatus(dataset, organisation->code, entity.code, date);
            details.status += (details.status.empty() ? "" : "; ") + organisation->code + ": " +
                              std::string(core::toString(state.status)) +
                              (state.decisive ? " since " + state.decisive->date.toString() : "");
            if (state.decisive && state.decisive->date.toString() > details.since) {
                details.since = state.decisive->date.toString();
            }
            for (const auto* event : dataset.membershipHistory(organisation->code, entity.code)) {
                details.events.push_back(describe(dataset, *event));
            }
        }
    } else if (view.kind == ViewSpec::Kind::Changes && !view.parts.empty()) {
        // The compared view's status on both dates.
        const auto from = core::Date::parse(view.from);
        auto after = ownDetails(dataset, view.parts.front(), entity, date);
        if (from) {
            const auto before = ownDetails(dataset, view.parts.front(), entity, *from);
            details.status = from->toString() + ": " + before.status + "; " + date.toString() +
                             ": " + after.status;
        } else {
            details.status = after.status;
        }
        details.since = after.since;
        details.events = std::move(after.events);
    } else if (view.kind == ViewSpec::Kind::Agreement && view.parts.size() == 2) {
        for (const auto& part : view.parts) {
            auto side = ownDetails(dataset, part, entity, date);
            details.status += (details.status.empty() ? "" : "; ") + side.status;
            details.since = std::max(details.since, side.since);
            details.events.insert(details.events.end(), side.events.begin(), side.events.end());
        }
    } else {
        details.status = std::string(core::toString(entity.kind));
    }
    return details;
}

// A slot held by another state on the date: the holder's status comes first, the slot's own
// (Ukraine's UN seat inside the Soviet Union) after it.
EntityDetails detailsWithin(const core::Dataset& dataset, const ViewSpec& view,
                            const Worldview& worldview, const core::Date& date,
                            const std::string& code, int depth);

void describeHolding(const core::Dataset& dataset, const ViewSpec& view, const Worldview& worldview,
                     const core::Date& date, const core::BoundaryHolding& holding,
                     EntityDetails& details, int depth) {
    const std::string holder = nameOf(dataset, holding.holder);
    const std::string how = holding.role == core::BoundaryHolding::Role::Dependency
                                ? "a dependent territory of "
                            : holding.role == core::BoundaryHolding::Role::Annexed ? "annexed by "
                                                                                   : "part of ";
    std::string within = details.name + " was " + how + holder + " on " + date.toString() +
                         (holding.to ? " (until " + holding.to->toString() + ")" : "");
    if (!holding.note.empty()) {
        within += ": " + holding.note;
    }
    const auto held = details.status;
    const auto own = details.events;
    const EntityDetails holderDetails =
        detailsWithin(dataset, view, worldview, date, holding.holder, depth + 1);
    details.since = holderDetails.since;
    details.status = within + ". " + holder + ": " + holderDetails.status +
                     (held.empty() ? "" : ". " + details.name + " itself: " + held);
    DetailEvent event{holding.from ? holding.from->toString() : "",
                      how + holder + (holding.to ? " until " + holding.to->toString() : ""),
                      false,
                      {}};
    cite(dataset, holding.sources, event);
    details.events = {std::move(event)};
    details.events.insert(details.events.end(), holderDetails.events.begin(),
                          holderDetails.events.end());
    details.events.insert(details.events.end(), own.begin(), own.end());
}

// Holders of holders are followed a few levels deep at most (a cycle in the history would
// otherwise never end).
EntityDetails detailsWithin(const core::Dataset& dataset, const ViewSpec& view,
                            const Worldview& worldview, const core::Date& date,
                            const std::string& code, int depth) {
    const core::Entity* entity = dataset.entity(code);
    if (entity == nullptr) {
        return {};
    }
    EntityDetails details = ownDetails(dataset, view, *entity, date);
    if (auto drawing = territoryDrawing(dataset, *entity, worldview, date)) {
        describeTerritory(dataset, *drawing, worldview, details);
    }
    if (const auto* holding = dataset.holdingOn(entity->code, date);
        holding != nullptr && holding->holder != entity->code && depth < 3) {
        describeHolding(dataset, view, worldview, date, *holding, details, depth);
    }
    return details;
}

} // namespace

EntityDetails entityDetails(const core::Dataset& dataset, const ViewSpec& view,
                            const Worldview& worldview, const core::Date& date,
                            const std::string& code) {
    return detailsWithin(dataset, view, worldview, date, code, 0);
}

} // namespace recmap::scene
