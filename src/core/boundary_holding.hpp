#pragma once

#include "core/date.hpp"
#include "core/event.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recmap::core {

// Which entity covered a boundary feature, and when (data/boundary_history.csv): from `from`
// (inclusive; empty: since before the dataset's coverage) until `to` (exclusive: the first day it
// no longer did; empty: still). Outside every row a feature is its own entity's (the one whose
// boundary_key it is), from that entity's exists_from.
struct BoundaryHolding {
    enum class Role {
        Part,       // an integral part of the holder (Ukraine in the Soviet Union)
        Dependency, // a dependent territory the holder administered (Algeria before 1962)
        Annexed     // annexed, the annexation not recognised by the UN or many states
    };
    std::string boundaryKey;
    std::string holder; // entity code
    Role role = Role::Part;
    std::optional<Date> from;
    std::optional<Date> to;
    std::vector<std::string> sources;
    std::string note;
    Origin origin;

    // Is the row in force on `date`? A partial date takes effect on the first day of its period.
    [[nodiscard]] bool holdsOn(const Date& date) const {
        return (!from || from->dayNumber() <= date.dayNumber()) &&
               (!to || date.dayNumber() < to->dayNumber());
    }
};

[[nodiscard]] std::optional<BoundaryHolding::Role> parseHoldingRole(std::string_view text);
[[nodiscard]] std::string_view toString(BoundaryHolding::Role role);

} // namespace recmap::core
