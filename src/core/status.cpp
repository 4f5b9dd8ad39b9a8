#include "core/status.hpp"

#include <algorithm>

namespace recmap::core {
namespace {

bool onOrBefore(const Date& eventDate, const Date& date) {
    return eventDate.dayNumber() <= date.dayNumber();
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
    for (const MembershipEvent* event : dataset.membershipHistory(organisation, member)) {
        if (!onOrBefore(event->date, date)) {
            break;
        }
        if (event->confidence == Confidence::Disputed) {
            state.disputed = event;
            continue;
        }
        state.disputed = nullptr;
        state.decisive = event;
        const bool inside =
            state.status == MembershipStatus::Member || state.status == MembershipStatus::Suspended;
        switch (event->action) {
        case MembershipAction::Join:
        case MembershipAction::Resume:
            state.status = MembershipStatus::Member;
            break;
        case MembershipAction::Suspend:
            state.status = MembershipStatus::Suspended;
            break;
        case MembershipAction::Leave:
            state.status = MembershipStatus::Former;
            break;
        case MembershipAction::Candidate:
            state.status = inside ? state.status : MembershipStatus::Candidate;
            break;
        case MembershipAction::Observer:
            state.status = inside ? state.status : MembershipStatus::Observer;
            break;
        case MembershipAction::Partner:
            state.status = inside ? state.status : MembershipStatus::Partner;
            break;
        case MembershipAction::Lapse:
            if (!inside && state.status != MembershipStatus::Former) {
                state.status = MembershipStatus::None;
            }
            break;
        }
    }
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
    for (const RecognitionEvent* event : dataset.recognitionHistory(subject, observer)) {
        if (!onOrBefore(event->date, date)) {
            break;
        }
        if (event->confidence == Confidence::Disputed) {
            state.disputed = event;
            continue;
        }
        state.disputed = nullptr;
        state.decisive = event;
        switch (event->action) {
        case RecognitionAction::Recognise:
        case RecognitionAction::Resume:
            state.status = RecognitionStatus::Recognises;
            break;
        case RecognitionAction::Withdraw:
            state.status = RecognitionStatus::Withdrawn;
            break;
        case RecognitionAction::Suspend:
            state.status = RecognitionStatus::Suspended;
            break;
        case RecognitionAction::Refuse:
            state.status = RecognitionStatus::Refuses;
            break;
        }
    }
    if (state.decisive == nullptr) {
        state.status =
            isUnMember(dataset, *subjectEntity, date) && isUnMember(dataset, *observerEntity, date)
                ? RecognitionStatus::Presumed
                : RecognitionStatus::NoRecord;
    }
    return state;
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
