#pragma once

#include <string>
#include <vector>

namespace recmap::store {

// One problem found in a data file, reported compiler-style as "file:line: error: message".
struct Finding {
    std::string file;
    size_t line = 0; // 1-based; 0 when the problem is about the whole file
    std::string message;
    bool warning = false; // "warning:" instead of "error:"; never fails validation

    [[nodiscard]] std::string toString() const;
};

using Findings = std::vector<Finding>;

} // namespace recmap::store
