#pragma once

#include "core/dataset.hpp"
#include "workspace/database_location.hpp"
#include "workspace/dataset_loading.hpp"
#include "workspace/gdal_services.hpp"

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

namespace recmap::workspace {

// Validates `dataDir` and writes the database to `output` (atomically). Throws core::InputError
// listing every finding when the data does not validate; the old database is left untouched.
void buildDatabase(const std::filesystem::path& dataDir, const std::filesystem::path& output,
                   const std::string& resolution, const GdalServices& gdal, std::ostream& log);

// The default database for `dataDir`, rebuilt first when data/ changed since it was built.
[[nodiscard]] std::filesystem::path ensureDatabase(const std::filesystem::path& dataDir,
                                                   const GdalServices& gdal, std::ostream& log);

// The dataset: from --db FILE if given, else from the database built from the data directory,
// rebuilt first when data/ changed. Throws core::InputError listing every finding when the data
// does not validate.
[[nodiscard]] std::unique_ptr<core::Dataset>
loadDataset(const DatasetOptions& options, const GdalServices& gdal, std::ostream& log);

} // namespace recmap::workspace
