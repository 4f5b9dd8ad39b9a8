#include "store/finding.hpp"

namespace recmap::store {

std::string Finding::toString() const {
    std::string text = file;
    if (line > 0) {
        text += ":" + std::to_string(line);
    }
    return text + (warning ? ": warning: " : ": error: ") + message;
}

} // namespace recmap::store
