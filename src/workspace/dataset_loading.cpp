#include "workspace/dataset_loading.hpp"

#include "core/error.hpp"
#include "store/database.hpp"
#include "workspace/data_paths.hpp"
#include "workspace/database_location.hpp"

#include <optional>

namespace recmap::workspace {

DatasetOptions datasetOptions(const Arguments& args) {
    DatasetOptions options;
    options.dataDir = dataDirectory(args.value("--data"));
    if (auto database = args.value("--db")) {
        options.database = *database;
    }
    if (auto asOf = args.value("--as-of")) {
        auto date = core::Date::parse(*asOf);
        if (!date) {
            throw core::UsageError("--as-of must be a date YYYY-MM-DD, got '" + *asOf + "'");
        }
        options.asOf = *date;
    }
    return options;
}

std::unique_ptr<core::Dataset> readDataset(const std::filesystem::path& path,
                                           const core::Date& asOf, std::ostream& log) {
    auto dataset = std::make_unique<core::Dataset>(store::readDatabase(path));
    // A date before every recorded fact gives empty answers: say why.
    std::optional<core::Date> first;
    auto consider = [&first](const core::Date& date) {
        if (!first || date.dayNumber() < first->dayNumber()) {
            first = date;
        }
    };
    for (const auto& event : dataset->recognitionEvents()) {
        consider(event.date);
    }
    for (const auto& event : dataset->membershipEvents()) {
        consider(event.date);
    }
    if (first && asOf.dayNumber() < first->dayNumber()) {
        log << "recmap: note: " << asOf.toString() << " is before the dataset's first event ("
            << first->toString() << "): nothing is recorded yet on that date\n";
    }
    return dataset;
}

std::unique_ptr<core::Dataset> loadCurrentDataset(const DatasetOptions& options,
                                                  std::ostream& log) {
    if (options.database) {
        return readDataset(*options.database, options.asOf, log);
    }
    const auto path = defaultDatabasePath(options.dataDir);
    if (!databaseIsCurrent(path, options.dataDir)) {
        return nullptr;
    }
    return readDataset(path, options.asOf, log);
}

const core::Entity& requireEntity(const core::Dataset& dataset, const std::string& name) {
    const core::Entity* entity = dataset.entity(name);
    if (entity == nullptr) {
        throw core::UsageError("unknown entity '" + name + "' (use a code, alias, QID or name)");
    }
    return *entity;
}

const core::Organisation& requireOrganisation(const core::Dataset& dataset,
                                              const std::string& name) {
    const core::Organisation* organisation = dataset.organisation(name);
    if (organisation == nullptr) {
        throw core::UsageError("unknown organisation '" + name + "'");
    }
    return *organisation;
}

} // namespace recmap::workspace
