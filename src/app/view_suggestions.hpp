#pragma once

#include "app/explorer_model.hpp"

#include <string>
#include <vector>

namespace recmap::app {

struct ViewSuggestion {
    std::string view;  // the whole view text to use
    std::string label; // what to show, e.g. "recognition:XKX  Kosovo"
};

// Completions for the view box as the user types: view kinds for a bare word, entities (by any
// name, alias, code or QID) after recognition:/observer:, organisations for the last item after
// membership:. Nothing for where: (a query) or an empty box.
[[nodiscard]] std::vector<ViewSuggestion> suggestViews(const ExplorerModel& model,
                                                       const std::string& text, size_t limit = 8);

} // namespace recmap::app
