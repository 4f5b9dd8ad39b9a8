#pragma once

#include "core/dataset.hpp"

#include <set>
#include <string>
#include <vector>

namespace recmap::scene {

// Days (since 1970-01-01) of the events a view is about: recognitions whose subject or recogniser
// is one of `names`, memberships of an organisation among them (names as a view gives them:
// codes, names or aliases). No names (countries, where:): every event's day.
[[nodiscard]] std::set<long> eventDaysAbout(const core::Dataset& dataset,
                                            const std::vector<std::string>& names);

} // namespace recmap::scene
