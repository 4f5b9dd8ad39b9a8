#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace recmap::scene {

// A map view as named on the command line:
//   countries | recognition:SUBJECT | observer:STATE | membership:ORG[,ORG...] | where:EXPR
struct ViewSpec {
    enum class Kind { Countries, Recognition, Observer, Membership, Where };
    Kind kind = Kind::Countries;
    std::vector<std::string> names; // subject, observer or organisations as given
    std::string expression;         // for where:

    // Throws core::UsageError for an unknown or malformed view.
    [[nodiscard]] static ViewSpec parse(std::string_view text);
    [[nodiscard]] std::string toString() const;
};

} // namespace recmap::scene
