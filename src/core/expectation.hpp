#pragma once

#include "core/dataset.hpp"
#include "core/date.hpp"
#include "core/event.hpp"

#include <optional>
#include <string>
#include <vector>

namespace recmap::core {

// A published count or list that the events must reproduce (data/expectations.csv): "NATO had
// 32 members on 2024-03-07 (nato.int)", "Kosovo was recognised by 104 UN members on D per its
// foreign ministry". Replaying the events on `date` must give exactly `count` entities, and the
// same set as `members` when the source publishes the list.
struct Expectation {
    enum class Kind {
        Members,     // subject is an organisation: its members on the date, suspended ones
                     // included (organisations list suspended states among their members)
        FullMembers, // the same without the suspended ones, for sources that leave them out
                     // (the G7's seven, Russia's G8 participation suspended since 2014)
        Recognisers  // subject is an entity: the entities recognising it (presumed included)
    };
    enum class Scope {
        All,      // every entity counted
        UnMembers // only UN member states on the date
    };
    Kind kind = Kind::Members;
    std::string subject; // organisation or entity code
    Date date;
    Scope scope = Scope::All;
    int count = 0;
    std::vector<std::string> members; // entity codes; empty when the source gives a count only
    std::vector<std::string> sources;
    std::string note;
    Origin origin;
};

// What the events give for an expectation, and how it differs.
struct ExpectationOutcome {
    std::vector<std::string> counted; // entity codes, sorted
    std::vector<std::string> extra;   // counted but not in `members`
    std::vector<std::string> missing; // in `members` but not counted
    [[nodiscard]] bool holds(const Expectation& expectation) const {
        return static_cast<int>(counted.size()) == expectation.count && extra.empty() &&
               missing.empty();
    }
};

// Replays the dataset on the expectation's date. Precondition: the subject exists in the dataset.
[[nodiscard]] ExpectationOutcome checkExpectation(const Dataset& dataset,
                                                  const Expectation& expectation);

} // namespace recmap::core
