#pragma once

#include "core/dataset.hpp"

namespace recmap::fuzz {

// A handful of entities, two organisations and events of each kind the query language reads,
// so that a fuzzed query can name real things and be evaluated quickly.
// Codes: AAA, BBB, CCC (UN members), XNC ("Northern Cyprus", partially recognised), TER
// (territory); organisations NATO and EU.
[[nodiscard]] core::Dataset tinyDataset();

} // namespace recmap::fuzz
