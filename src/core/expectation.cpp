#include "core/expectation.hpp"

#include "core/status.hpp"

#include <algorithm>
#include <set>

namespace recmap::core {

ExpectationOutcome checkExpectation(const Dataset& dataset, const Expectation& expectation) {
    ExpectationOutcome outcome;
    // A partial date holds from the first day of its period (like events).
    const Date& date = expectation.date;
    const auto candidates = expectation.kind == Expectation::Kind::Recognisers
                                ? recognisersOf(dataset, expectation.subject, date)
                                : entitiesOn(dataset, date);
    for (const Entity* entity : candidates) {
        if (expectation.scope == Expectation::Scope::UnMembers &&
            !isUnMember(dataset, *entity, date)) {
            continue;
        }
        bool counted = false;
        if (expectation.kind != Expectation::Kind::Recognisers) {
            const auto status =
                membershipStatus(dataset, expectation.subject, entity->code, date).status;
            counted = status == MembershipStatus::Member ||
                      (status == MembershipStatus::Suspended &&
                       expectation.kind == Expectation::Kind::Members);
        } else {
            counted = true;
        }
        if (counted) {
            outcome.counted.push_back(entity->code);
        }
    }
    if (!expectation.members.empty()) {
        const std::set<std::string> listed(expectation.members.begin(), expectation.members.end());
        const std::set<std::string> got(outcome.counted.begin(), outcome.counted.end());
        std::set_difference(got.begin(), got.end(), listed.begin(), listed.end(),
                            std::back_inserter(outcome.extra));
        std::set_difference(listed.begin(), listed.end(), got.begin(), got.end(),
                            std::back_inserter(outcome.missing));
    }
    return outcome;
}

} // namespace recmap::core
