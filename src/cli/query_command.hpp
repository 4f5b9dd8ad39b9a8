#pragma once

#include "workspace/dataset_loading.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace recmap::cli {

// `recmap query recognisers|recognised-by|members|status|where ...`; prints to `out`.
void runQuery(const std::vector<std::string>& words, std::ostream& out, std::ostream& log,
              const workspace::DatasetLoader& loadDataset);
// `recmap validate [--data DIR]`: every finding on `log`; throws core::InputError if any.
void runValidate(const std::vector<std::string>& words, std::ostream& out);
// `recmap sources [SUBJECT|ORG]`: the citations behind the facts.
void runSources(const std::vector<std::string>& words, std::ostream& out, std::ostream& log,
                const workspace::DatasetLoader& loadDataset);

[[nodiscard]] std::string queryUsage();

} // namespace recmap::cli
