#include "core/status.hpp"

#include <algorithm>

namespace recmap::core {
namespace {

bool onOrBefore(const Date& eventDate, const Date& date) {
    return eventDate.dayNumber() <= date.dayNumber();
}

// Replays a pair's history up to `date`: a disputed event is set aside as state.disputed (until
// a later confirmed one), every confirmed event becomes decisive and goes to `apply`.
template <typename State, typename History, typename Apply>
void replay(const History& history, const Date& date, State& state, Apply apply) {
    for (const auto* event : history) {
        if (!onOrBefore(event->date, date)) {
            break;
        }
        if (event->confidence == Confidence::Disputed) {
            state.disputed = event;
            continue;
        }
        state.disputed = nullptr;
        state.decisive = event;
        apply(event->action);
    }
}

// A membership status after a confirmed event. Candidacy, observer and partner status do not
// demote a member; a lapse ends only those lesser statuses.
MembershipStatus after(MembershipStatus current, MembershipAction action) {
    const bool inside =
        current == MembershipStatus::Member || current == MembershipStatus::Suspended;
    switch (action) {
    case MembershipAction::Join:
    case MembershipAction::Resume:
        return MembershipStatus::Member;
    case MembershipAction::Suspend:
        return MembershipStatus::Suspended;
    case MembershipAction::Leave:
        return MembershipStatus::Former;
    case MembershipAction::Candidate:
        return inside ? current : MembershipStatus::Candidate;
    case MembershipAction::Observer:
        return inside ? current : MembershipStatus::Observer;
    case MembershipAction::Partner:
        return inside ? current : MembershipStatus::Partner;
    case MembershipAction::Lapse:
        return inside || current == MembershipStatus::Former ? current : MembershipStatus::None;
    }
    return current;
}

// A recognition status after a confirmed event: each action decides it alone.
RecognitionStatus after(RecognitionAction action) {
    switch (action) {
    case RecognitionAction::Recognise:
    case RecognitionAction::Resume:
        return RecognitionStatus::Recognises;
    case RecognitionAction::Withdraw:
        return RecognitionStatus::Withdrawn;
    case RecognitionAction::Suspend:
        return RecognitionStatus::Suspended;
    case RecognitionAction::Refuse:
        return RecognitionStatus::Refuses;
    case RecognitionAction::BreakRelations:
    case RecognitionAction::RestoreRelations:
        break; // replayed apart (see recognitionStatus)
    }
    return RecognitionStatus::NoRecord;
}

} // namespace

std::string_view toString(RecognitionStatus status) {
    switch (status) {
    case RecognitionStatus::Recognises:
        return "recognises";
    case RecognitionStatus::Presumed:
        return "presumed";
    case RecognitionStatus::Withdrawn:
        return "withdrawn";
    case RecognitionStatus::Suspended:
        return "suspended";
    case RecognitionStatus::Refuses:
        return "does not recognise";
    case RecognitionStatus::NoRecord:
        return "no record";
    case RecognitionStatus::Itself:
        return "itself";
    case RecognitionStatus::NotExisting:
        return "not existing";
    }
    return "?";
}

std::string_view toString(MembershipStatus status) {
    switch (status) {
    case MembershipStatus::Member:
        return "member";
    case MembershipStatus::Suspended:
        return "suspended";
    case MembershipStatus::Candidate:
        return "candidate";
    case MembershipStatus::Observer:
        return "observer";
    case MembershipStatus::Partner:
        return "partner";
    case MembershipStatus::Former:
        return "former member";
    case MembershipStatus::None:
        return "non-member";
    }
    return "?";
}

MembershipState membershipStatus(const Dataset& dataset, const std::string& organisation,
                                 const std::string& member, const Date& date) {
    MembershipState state;
    replay(dataset.membershipHistory(organisation, member), date, state,
           [&state](MembershipAction action) { state.status = after(state.status, action); });
    return state;
}

bool isUnMember(const Dataset& dataset, const Entity& entity, const Date& date) {
    if (dataset.hasMembershipData("UN")) {
        return membershipStatus(dataset, "UN", entity.code, date).member();
    }
    return entity.kind == EntityKind::UnMember && entity.existsOn(date);
}

RecognitionState recognitionStatus(const Dataset& dataset, const std::string& subject,
                                   const std::string& observer, const Date& date) {
    RecognitionState state;
    if (subject == observer) {
        state.status = RecognitionStatus::Itself;
        return state;
    }
    const Entity* subjectEntity = dataset.entity(subject);
    const Entity* observerEntity = dataset.entity(observer);
    if (subjectEntity == nullptr || observerEntity == nullptr || !subjectEntity->existsOn(date) ||
        !observerEntity->existsOn(date)) {
        state.status = RecognitionStatus::NotExisting;
        return state;
    }
    std::vector<const RecognitionEvent*> recognition;
    for (const auto* event : dataset.recognitionHistory(subject, observer)) {
        if (!concernsRelations(event->action)) {
            recognition.push_back(event);
        } else if (event->confidence == Confidence::Confirmed && onOrBefore(event->date, date)) {
            state.relations = event;
        }
    }
    replay(recognition, date, state,
           [&state](RecognitionAction action) { state.status = after(action); });
    if (state.decisive == nullptr) {
        state.status =
            isUnMember(dataset, *subjectEntity, date) && isUnMember(dataset, *observerEntity, date)
                ? RecognitionStatus::Presumed
                : RecognitionStatus::NoRecord;
    }
    return state;
}

const RecognitionEvent* relationsBrokenBetween(const Dataset& dataset, const std::string& a,
                                               const std::string& b, const Date& date) {
    const RecognitionEvent* latest = nullptr;
    for (const auto& [subject, observer] : {std::pair{a, b}, std::pair{b, a}}) {
        for (const auto* event : dataset.recognitionHistory(subject, observer)) {
            if (concernsRelations(event->action) && event->confidence == Confidence::Confirmed &&
                onOrBefore(event->date, date) &&
                (latest == nullptr || latest->date.dayNumber() <= event->date.dayNumber())) {
                latest = event;
            }
        }
    }
    return latest != nullptr && latest->action == RecognitionAction::BreakRelations ? latest
                                                                                    : nullptr;
}

std::vector<const Entity*> recognisersOf(const Dataset& dataset, const std::string& subject,
                                         const Date& date) {
    std::vector<const Entity*> result;
    for (const auto& entity : dataset.entities()) {
        if (entity.existsOn(date) &&
            recognitionStatus(dataset, subject, entity.code, date).recognises()) {
            result.push_back(&entity);
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Entity* a, const Entity* b) { return a->code < b->code; });
    return result;
}

std::vector<const Entity*> entitiesOn(const Dataset& dataset, const Date& date) {
    std::vector<const Entity*> result;
    for (const auto& entity : dataset.entities()) {
        if (entity.kind != EntityKind::Territory && entity.existsOn(date)) {
            result.push_back(&entity);
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Entity* a, const Entity* b) { return a->code < b->code; });
    return result;
}

} // namespace recmap::core
