#pragma once

#include "core/date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recmap::core {

enum class Confidence { Confirmed, Disputed };

// recognise: recognition (or formal relations implying it); withdraw: recognition revoked;
// suspend: frozen; resume: a frozen recognition restored; refuse: on record as not recognising.
// break_relations / restore_relations concern diplomatic relations only: recognition continues
// (or stays presumed) while relations are broken off.
enum class RecognitionAction {
    Recognise,
    Withdraw,
    Suspend,
    Resume,
    Refuse,
    BreakRelations,
    RestoreRelations
};

// Does the action concern diplomatic relations rather than recognition?
[[nodiscard]] constexpr bool concernsRelations(RecognitionAction action) {
    return action == RecognitionAction::BreakRelations ||
           action == RecognitionAction::RestoreRelations;
}

// join/leave/suspend/resume concern membership; candidate, observer and partner are statuses
// short of membership; lapse ends such a status without membership (e.g. a withdrawn candidacy).
enum class MembershipAction { Join, Leave, Suspend, Resume, Candidate, Observer, Partner, Lapse };

[[nodiscard]] std::optional<Confidence> parseConfidence(std::string_view text);
[[nodiscard]] std::optional<RecognitionAction> parseRecognitionAction(std::string_view text);
[[nodiscard]] std::optional<MembershipAction> parseMembershipAction(std::string_view text);
[[nodiscard]] std::string_view toString(Confidence confidence);
[[nodiscard]] std::string_view toString(RecognitionAction action);
[[nodiscard]] std::string_view toString(MembershipAction action);

// Where a fact came from in data/, for messages and for `recmap query status`.
struct Origin {
    std::string file;
    size_t line = 0;
};

// `recogniser` did `action` regarding `subject` on `date`.
struct RecognitionEvent {
    std::string subject;
    std::string recogniser;
    Date date;
    RecognitionAction action = RecognitionAction::Recognise;
    Confidence confidence = Confidence::Confirmed;
    std::vector<std::string> sources;
    std::string note;
    Origin origin;
};

// `member` did `action` regarding `organisation` on `date`.
struct MembershipEvent {
    std::string organisation;
    std::string member;
    Date date;
    MembershipAction action = MembershipAction::Join;
    Confidence confidence = Confidence::Confirmed;
    std::vector<std::string> sources;
    std::string note;
    Origin origin;
};

// A dated fact about a subject or organisation as a whole (KFOR deployed, dialogue began).
struct SubjectNote {
    std::string subject; // entity or organisation code
    Date date;
    std::string event; // snake_case tag, e.g. "kfor_deployed"
    std::vector<std::string> sources;
    std::string note;
    Origin origin;
};

} // namespace recmap::core
