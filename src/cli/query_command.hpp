#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace recmap::cli {

// `recmap query recognisers|recognised-by|members|status|where ...`; prints to `out`.
void runQuery(const std::vector<std::string>& words, std::ostream& out, std::ostream& log);
// `recmap validate [--data DIR]`: every finding on `log`; throws core::InputError if any.
void runValidate(const std::vector<std::string>& words, std::ostream& out);
// `recmap sources [SUBJECT|ORG]`: the citations behind the facts.
void runSources(const std::vector<std::string>& words, std::ostream& out, std::ostream& log);

[[nodiscard]] std::string queryUsage();

} // namespace recmap::cli
