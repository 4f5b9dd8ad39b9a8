#pragma once

#include "core/dataset.hpp"
#include "store/finding.hpp"

#include <filesystem>

namespace recmap::store {

struct DatasetReadResult {
    core::Dataset dataset; // finalised; rows with findings are left out
    Findings findings;     // every problem in every file, in file order
    Findings warnings;     // what deserves a look but is not wrong (stale suspensions, ...)
};

// Reads and validates a data directory: entities.csv, organisations.csv, sources.csv,
// recognition/<SUBJECT>.csv, membership/<ORG>.csv and notes/<SUBJECT>.csv. Findings are reported
// with paths relative to the directory's parent ("data/recognition/XKX.csv:12: error: ...").
// Throws core::InputError only when the directory or a required file cannot be read at all.
[[nodiscard]] DatasetReadResult readDataDirectory(const std::filesystem::path& directory);

} // namespace recmap::store
