#include "core/boundary_holding.hpp"

namespace recmap::core {

std::optional<BoundaryHolding::Role> parseHoldingRole(std::string_view text) {
    if (text == "part") {
        return BoundaryHolding::Role::Part;
    }
    if (text == "dependency") {
        return BoundaryHolding::Role::Dependency;
    }
    if (text == "annexed") {
        return BoundaryHolding::Role::Annexed;
    }
    return std::nullopt;
}

std::string_view toString(BoundaryHolding::Role role) {
    switch (role) {
    case BoundaryHolding::Role::Part:
        return "part";
    case BoundaryHolding::Role::Dependency:
        return "dependency";
    case BoundaryHolding::Role::Annexed:
        return "annexed";
    }
    return "?";
}

} // namespace recmap::core
