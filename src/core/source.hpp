#pragma once

#include "core/date.hpp"

#include <optional>
#include <string>

namespace recmap::core {

// A citation: one row of data/sources.csv.
struct Source {
    std::string id;
    std::string publisher;
    std::string title;
    std::string url; // as seen; empty only for sources no event cites (e.g. a code index entry)
    std::optional<Date> published;
    std::optional<Date> accessed;
    std::string note;
    // An archive copy (optional columns archive_url, archived): a stable copy of the page, taken
    // on `archived`; a copy taken after an event may support it even when `published` is older.
    std::string archiveUrl;
    std::optional<Date> archived;
};

} // namespace recmap::core
