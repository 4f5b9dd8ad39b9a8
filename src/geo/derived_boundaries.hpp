#pragma once

#include "core/derived_boundary.hpp"
#include "geo/boundary_set.hpp"

#include <string>
#include <vector>

namespace recmap::geo {

// Cuts each derived boundary out of the feature it names (`fromKey`), which keeps the rest, and
// adds it as a feature of its own (key and name = `key`). A rule is skipped when the set already
// has a feature with its key (a boundary file that draws it) or has no `fromKey` feature (another
// boundary file); a rule that matches nothing is reported. Returns notes on what was skipped.
std::vector<std::string> applyDerivedBoundaries(BoundarySet& boundaries,
                                                const std::vector<core::DerivedBoundary>& rules);

} // namespace recmap::geo
