#include "core/event.hpp"

#include <array>
#include <utility>

namespace recmap::core {
namespace {

constexpr std::array<std::pair<RecognitionAction, std::string_view>, 7> recognitionNames{{
    {RecognitionAction::Recognise, "recognise"},
    {RecognitionAction::Withdraw, "withdraw"},
    {RecognitionAction::Suspend, "suspend"},
    {RecognitionAction::Resume, "resume"},
    {RecognitionAction::Refuse, "refuse"},
    {RecognitionAction::BreakRelations, "break_relations"},
    {RecognitionAction::RestoreRelations, "restore_relations"},
}};

constexpr std::array<std::pair<MembershipAction, std::string_view>, 8> membershipNames{{
    {MembershipAction::Join, "join"},
    {MembershipAction::Leave, "leave"},
    {MembershipAction::Suspend, "suspend"},
    {MembershipAction::Resume, "resume"},
    {MembershipAction::Candidate, "candidate"},
    {MembershipAction::Observer, "observer"},
    {MembershipAction::Partner, "partner"},
    {MembershipAction::Lapse, "lapse"},
}};

constexpr std::array<std::pair<Confidence, std::string_view>, 2> confidenceNames{{
    {Confidence::Confirmed, "confirmed"},
    {Confidence::Disputed, "disputed"},
}};

template <typename Enum, size_t N>
std::optional<Enum> parse(const std::array<std::pair<Enum, std::string_view>, N>& names,
                          std::string_view text) {
    for (const auto& [value, name] : names) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
std::string_view name(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value) {
    for (const auto& [candidate, text] : names) {
        if (candidate == value) {
            return text;
        }
    }
    return "?";
}

} // namespace

std::optional<Confidence> parseConfidence(std::string_view text) {
    return parse(confidenceNames, text);
}
std::optional<RecognitionAction> parseRecognitionAction(std::string_view text) {
    return parse(recognitionNames, text);
}
std::optional<MembershipAction> parseMembershipAction(std::string_view text) {
    return parse(membershipNames, text);
}
std::string_view toString(Confidence confidence) {
    return name(confidenceNames, confidence);
}
std::string_view toString(RecognitionAction action) {
    return name(recognitionNames, action);
}
std::string_view toString(MembershipAction action) {
    return name(membershipNames, action);
}

} // namespace recmap::core
