#pragma once

#include "core/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace recmap::core {

// An international organisation: one row of data/organisations.csv.
struct Organisation {
    std::string code; // e.g. "NATO", "EU", "UN"
    std::string qid;
    std::string name;
    std::vector<std::string> aliases;
    std::string kind; // e.g. "alliance", "union", "forum"
    std::optional<Date> founded;
    std::optional<Date> dissolved;
    std::vector<std::string> sources;
};

} // namespace recmap::core
