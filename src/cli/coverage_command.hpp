#pragma once

#include "workspace/dataset_loading.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace recmap::cli {

// `recmap coverage [--format F]`: per recognition subject and per organisation, the number of
// facts, their date range, the share citing a primary source, and how many are disputed.
void runCoverage(const std::vector<std::string>& words, std::ostream& out, std::ostream& log,
                 const workspace::DatasetLoader& loadDataset);

} // namespace recmap::cli
