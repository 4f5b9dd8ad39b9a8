#pragma once

#include "store/finding.hpp"

namespace recmap::workspace {

// Throws core::InputError whose message lists every finding, one per line, when there are any.
void throwIfFindings(const store::Findings& findings);

} // namespace recmap::workspace
