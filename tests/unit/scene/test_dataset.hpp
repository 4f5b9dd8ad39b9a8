#pragma once

// Building blocks for the small in-code datasets of the scene tests.

#include "core/dataset.hpp"

#include <string>
#include <utility>
#include <vector>

namespace recmap::test {

inline core::Date d(const char* text) {
    return *core::Date::parse(text);
}

// An entity named "Name of CODE".
inline core::Entity entity(const char* code, core::EntityKind kind,
                           std::vector<std::string> claimedBy = {}) {
    core::Entity e;
    e.code = code;
    e.name = std::string("Name of ") + code;
    e.kind = kind;
    e.claimedBy = std::move(claimedBy);
    return e;
}

} // namespace recmap::test
