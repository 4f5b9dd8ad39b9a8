#include "cli/database_command.hpp"

#include "core/error.hpp"
#include "workspace/arguments.hpp"
#include "workspace/data_paths.hpp"
#include "workspace/database_cache.hpp"

namespace recmap::cli {

using workspace::Arguments;
using workspace::defaultResolution;

void runBuildDatabase(const std::vector<std::string>& words, const workspace::GdalServices& gdal,
                      std::ostream& log) {
    const Arguments args(words, {"--data", "-o", "--output", "--resolution"}, {});
    if (!args.positionals().empty()) {
        throw core::UsageError("build-db takes no positional arguments");
    }
    const auto dataDir = workspace::dataDirectory(args.value("--data"));
    const auto resolution = args.value("--resolution").value_or(defaultResolution);
    if (resolution != "110m" && resolution != "50m" && resolution != "10m") {
        throw core::UsageError("unknown resolution '" + resolution + "' (use 110m, 50m or 10m)");
    }
    auto output = args.value("-o") ? args.value("-o") : args.value("--output");
    const std::filesystem::path target =
        output ? std::filesystem::path(*output) : workspace::defaultDatabasePath(dataDir);
    workspace::buildDatabase(dataDir, target, resolution, gdal, log);
}

} // namespace recmap::cli
