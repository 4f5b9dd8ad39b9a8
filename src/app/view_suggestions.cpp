#include "app/view_suggestions.hpp"

#include "core/text.hpp"

namespace recmap::app {

std::vector<ViewSuggestion> suggestViews(const ExplorerModel& model, const std::string& text,
                                         size_t limit) {
    std::vector<ViewSuggestion> suggestions;
    const auto colon = text.find(':');
    if (colon == std::string::npos) {
        const auto typed = core::toLowerAscii(core::trim(text));
        if (typed.empty()) {
            return suggestions;
        }
        for (const char* kind :
             {"countries", "recognition:", "observer:", "membership:", "where:"}) {
            if (std::string(kind).starts_with(typed) && typed != kind) {
                suggestions.push_back({kind, kind});
            }
        }
        return suggestions;
    }
    const auto kind = core::toLowerAscii(text.substr(0, colon));
    const auto rest = text.substr(colon + 1);
    if (kind == "recognition" || kind == "observer") {
        for (const auto& match : model.search(rest, limit)) {
            suggestions.push_back(
                {kind + ":" + match.code, kind + ":" + match.code + "  " + match.name});
        }
    } else if (kind == "membership") {
        const auto comma = rest.rfind(',');
        const auto head = comma == std::string::npos ? std::string() : rest.substr(0, comma + 1);
        const auto last = comma == std::string::npos ? rest : rest.substr(comma + 1);
        for (const auto& match : model.searchOrganisations(last, limit)) {
            const auto view = kind + ":" + head + match.code;
            suggestions.push_back({view, view + "  " + match.name});
        }
    }
    return suggestions;
}

} // namespace recmap::app
