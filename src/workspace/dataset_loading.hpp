#pragma once

#include "core/dataset.hpp"
#include "core/date.hpp"
#include "workspace/arguments.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace recmap::workspace {

// The options every dataset command shares: --data DIR, --db FILE, --as-of DATE.
struct DatasetOptions {
    std::filesystem::path dataDir;
    std::optional<std::filesystem::path> database;
    core::Date asOf = core::Date::today();
};

[[nodiscard]] DatasetOptions datasetOptions(const Arguments& args);

// The dataset in the database at `path`; notes on `log` when `asOf` is before every fact.
[[nodiscard]] std::unique_ptr<core::Dataset> readDataset(const std::filesystem::path& path,
                                                         const core::Date& asOf, std::ostream& log);

// The dataset from --db FILE if given, else from the default database when it is current;
// nullptr when that one must be (re)built first, which needs GDAL (database_cache.hpp's
// loadDataset does both).
[[nodiscard]] std::unique_ptr<core::Dataset> loadCurrentDataset(const DatasetOptions& options,
                                                                std::ostream& log);

// How a command gets its dataset: loadDataset (rebuilding the cache), or the GDAL-free `recmap`
// front's, which hands the command over to recmap-full when the cache must be rebuilt.
using DatasetLoader =
    std::function<std::unique_ptr<core::Dataset>(const DatasetOptions&, std::ostream&)>;

// Reads an entity or organisation name given on the command line; throws core::UsageError.
[[nodiscard]] const core::Entity& requireEntity(const core::Dataset& dataset,
                                                const std::string& name);
[[nodiscard]] const core::Organisation& requireOrganisation(const core::Dataset& dataset,
                                                            const std::string& name);

} // namespace recmap::workspace
