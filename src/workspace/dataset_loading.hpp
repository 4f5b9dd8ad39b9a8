#pragma once

#include "core/dataset.hpp"
#include "core/date.hpp"
#include "workspace/arguments.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace recmap::workspace {

// The options every dataset command shares: --data DIR, --db FILE, --as-of DATE.
struct DatasetOptions {
    std::filesystem::path dataDir;
    std::optional<std::filesystem::path> database;
    core::Date asOf = core::Date::today();
};

[[nodiscard]] DatasetOptions datasetOptions(const Arguments& args);

// The dataset: from --db FILE if given, else from the database built from the data directory
// (rebuilt first when data/ changed). Throws core::InputError listing every finding when the
// data does not validate.
[[nodiscard]] std::unique_ptr<core::Dataset> loadDataset(const DatasetOptions& options,
                                                         std::ostream& log);

// Reads an entity or organisation name given on the command line; throws core::UsageError.
[[nodiscard]] const core::Entity& requireEntity(const core::Dataset& dataset,
                                                const std::string& name);
[[nodiscard]] const core::Organisation& requireOrganisation(const core::Dataset& dataset,
                                                            const std::string& name);

} // namespace recmap::workspace
