#pragma once

#include "core/dataset.hpp"

#include <string>
#include <vector>

namespace recmap::core {

// The time model. The state of a pair on a date is given by its last *confirmed* event on or
// before that date (a partial date takes effect on the first day of its period). Disputed events
// never decide a state: the latest one after the deciding event is reported alongside, so a map
// can show "withdrawal disputed" without silently taking a side.

enum class RecognitionStatus {
    Recognises, // a recognise/resume event
    Presumed,   // no record, both UN members on the date: recognition presumed, not sourced
    Withdrawn,  // a withdraw event
    Suspended,  // a suspend (freeze) event
    Refuses,    // on record as not recognising
    NoRecord,   // nothing recorded and no presumption
    Itself,     // the subject and the observer are the same entity
    NotExisting // the subject or the observer does not exist on the date
};

struct RecognitionState {
    RecognitionStatus status = RecognitionStatus::NoRecord;
    const RecognitionEvent* decisive = nullptr; // the event that decided the status, if any
    const RecognitionEvent* disputed = nullptr; // a later disputed event on or before the date
    // The last confirmed break_relations/restore_relations event on or before the date: these
    // never decide recognition (nor end its presumption).
    const RecognitionEvent* relations = nullptr;
    [[nodiscard]] bool relationsBroken() const {
        return relations != nullptr && relations->action == RecognitionAction::BreakRelations;
    }
    [[nodiscard]] bool recognises() const {
        return status == RecognitionStatus::Recognises || status == RecognitionStatus::Presumed;
    }
};

enum class MembershipStatus { Member, Suspended, Candidate, Observer, Partner, Former, None };

struct MembershipState {
    MembershipStatus status = MembershipStatus::None;
    const MembershipEvent* decisive = nullptr;
    const MembershipEvent* disputed = nullptr;
    [[nodiscard]] bool member() const { return status == MembershipStatus::Member; }
};

[[nodiscard]] std::string_view toString(RecognitionStatus status);
[[nodiscard]] std::string_view toString(MembershipStatus status);

// Does `observer` recognise `subject` on `date`? Codes must be entity codes.
[[nodiscard]] RecognitionState recognitionStatus(const Dataset& dataset, const std::string& subject,
                                                 const std::string& observer, const Date& date);
// Are diplomatic relations between `a` and `b` broken off on `date`, by an event recorded either
// way round (A broke with B is recorded in B's file as recogniser A)? The deciding event, if so.
[[nodiscard]] const RecognitionEvent* relationsBrokenBetween(const Dataset& dataset,
                                                             const std::string& a,
                                                             const std::string& b,
                                                             const Date& date);
// Is `member` a member of `organisation` (a code) on `date`?
[[nodiscard]] MembershipState membershipStatus(const Dataset& dataset,
                                               const std::string& organisation,
                                               const std::string& member, const Date& date);
// UN membership on the date: from UN membership events when the dataset has them, else the
// entity's kind.
[[nodiscard]] bool isUnMember(const Dataset& dataset, const Entity& entity, const Date& date);

// Who recognises `subject` on `date`, in code order: every entity existing then whose status
// recognises it (sourced or presumed). Territories count when a recognition is on record for
// them (the Cook Islands, Niue); presumption needs UN membership, which they lack. `query
// recognisers`, `query status` and the expectations all decide through recognitionStatus().
[[nodiscard]] std::vector<const Entity*>
recognisersOf(const Dataset& dataset, const std::string& subject, const Date& date);

// Entities (not territories) that exist on the date, in code order.
[[nodiscard]] std::vector<const Entity*> entitiesOn(const Dataset& dataset, const Date& date);

} // namespace recmap::core
