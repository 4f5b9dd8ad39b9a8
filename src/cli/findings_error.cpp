#include "cli/findings_error.hpp"

#include "core/error.hpp"

namespace recmap::cli {

void throwIfFindings(const store::Findings& findings) {
    if (findings.empty()) {
        return;
    }
    std::string message;
    for (const auto& finding : findings) {
        message += (message.empty() ? "" : "\n") + finding.toString();
    }
    message +=
        "\n" + std::to_string(findings.size()) + (findings.size() == 1 ? " error" : " errors");
    throw core::InputError(message);
}

} // namespace recmap::cli
