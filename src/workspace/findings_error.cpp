#include "workspace/findings_error.hpp"

#include "core/error.hpp"

namespace recmap::workspace {

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

} // namespace recmap::workspace
