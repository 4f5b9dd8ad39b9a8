#pragma once

#include "core/date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recmap::core {

enum class EntityKind {
    UnMember,
    UnObserver,
    PartiallyRecognised,
    Unrecognised,
    Territory,
    Historical
};

[[nodiscard]] std::optional<EntityKind> parseEntityKind(std::string_view text);
[[nodiscard]] std::string_view toString(EntityKind kind);

// A state, contested entity, territory or historical state: one row of data/entities.csv.
struct Entity {
    std::string code; // ISO 3166-1 alpha-3 where assigned, XKX for Kosovo, else a stable X.. code
    std::string qid;  // Wikidata item, e.g. "Q1246"; may be empty
    std::string name; // common English short name
    std::vector<std::string> aliases;
    EntityKind kind = EntityKind::UnMember;
    std::vector<std::string> claimedBy; // entity codes
    std::optional<Date> existsFrom;     // nullopt: since before 1945
    std::optional<Date> existsTo;       // nullopt: still exists
    std::string boundaryKey;            // boundary feature id or name; empty: no polygon
    std::vector<std::string> sources;   // source ids backing the dates

    [[nodiscard]] bool existsOn(const Date& date) const;
};

} // namespace recmap::core
