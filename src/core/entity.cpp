#include "core/entity.hpp"

#include <array>
#include <utility>

namespace recmap::core {
namespace {

constexpr std::array<std::pair<EntityKind, std::string_view>, 6> kindNames{{
    {EntityKind::UnMember, "un_member"},
    {EntityKind::UnObserver, "un_observer"},
    {EntityKind::PartiallyRecognised, "partially_recognised"},
    {EntityKind::Unrecognised, "unrecognised"},
    {EntityKind::Territory, "territory"},
    {EntityKind::Historical, "historical"},
}};

} // namespace

std::optional<EntityKind> parseEntityKind(std::string_view text) {
    for (const auto& [kind, name] : kindNames) {
        if (name == text) {
            return kind;
        }
    }
    return std::nullopt;
}

std::string_view toString(EntityKind kind) {
    for (const auto& [candidate, name] : kindNames) {
        if (candidate == kind) {
            return name;
        }
    }
    return "unknown";
}

bool Entity::existsOn(const Date& date) const {
    if (existsFrom && date < *existsFrom) {
        return false;
    }
    return !existsTo || date < *existsTo;
}

} // namespace recmap::core
