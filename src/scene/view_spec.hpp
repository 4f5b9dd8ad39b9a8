#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace recmap::scene {

// A map view as named on the command line:
//   countries | recognition:SUBJECT | observer:STATE | membership:ORG[,ORG...] | where:EXPR
//   changes[@FROM]:VIEW   what changed in VIEW between FROM (or --from) and the map's date
//   agree:VIEW,VIEW       where two views agree (two observers, two organisations, ...)
struct ViewSpec {
    enum class Kind { Countries, Recognition, Observer, Membership, Where, Changes, Agreement };
    Kind kind = Kind::Countries;
    std::vector<std::string> names; // subject, observer or organisations as given
    std::string expression;         // for where:
    std::vector<ViewSpec> parts;    // changes: the view compared; agree: the two views
    std::string from;               // changes: the first date (YYYY-MM-DD), empty until given

    // Throws core::UsageError for an unknown or malformed view.
    [[nodiscard]] static ViewSpec parse(std::string_view text);
    [[nodiscard]] std::string toString() const;
    // The subjects, observers and organisations named, the compared views' included (for the
    // view's event dates).
    [[nodiscard]] std::vector<std::string> namesAbout() const;
};

} // namespace recmap::scene
