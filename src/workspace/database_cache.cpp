#include "workspace/database_cache.hpp"

#include "core/error.hpp"
#include "store/database.hpp"
#include "store/dataset_reader.hpp"
#include "workspace/boundary_matching.hpp"
#include "workspace/data_paths.hpp"
#include "workspace/dataset_loading.hpp"
#include "workspace/findings_error.hpp"

namespace recmap::workspace {

void buildDatabase(const std::filesystem::path& dataDir, const std::filesystem::path& output,
                   const std::string& resolution, const GdalServices& gdal, std::ostream& log) {
    auto result = store::readDataDirectory(dataDir);
    throwIfFindings(result.findings);
    const auto boundaryPath = boundaryFile(dataDir, resolution);
    const auto geometry = gdal.entityShapes(boundaryPath, boundaryMatching(result.dataset), &log);
    std::filesystem::create_directories(std::filesystem::absolute(output).parent_path());
    const std::string description = boundaryDescription(dataDir, resolution);
    store::writeDatabase(output, result.dataset, geometry,
                         {store::dataFingerprint(dataDir, description), description});
    log << output.string() << ": note: " << result.dataset.entities().size() << " entities ("
        << geometry.size() << " with boundaries), " << result.dataset.recognitionEvents().size()
        << " recognition and " << result.dataset.membershipEvents().size() << " membership events, "
        << result.dataset.sources().size() << " sources\n";
}

std::filesystem::path ensureDatabase(const std::filesystem::path& dataDir, const GdalServices& gdal,
                                     std::ostream& log) {
    const auto path = defaultDatabasePath(dataDir);
    if (!databaseIsCurrent(path, dataDir)) {
        // One note, whatever the cause: data changed, another schema, or a damaged file.
        log << path.string() << ": note: "
            << (std::filesystem::exists(path)
                    ? dataDir.string() + " changed, or the cached database is of another " +
                          "version or unreadable; rebuilding it\n"
                    : "building the database from " + dataDir.string() + "\n");
        buildDatabase(dataDir, path, defaultResolution, gdal, log);
    }
    return path;
}

std::unique_ptr<core::Dataset> loadDataset(const DatasetOptions& options, const GdalServices& gdal,
                                           std::ostream& log) {
    const auto path =
        options.database ? *options.database : ensureDatabase(options.dataDir, gdal, log);
    return readDataset(path, options.asOf, log);
}

} // namespace recmap::workspace
