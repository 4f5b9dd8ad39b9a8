// recmap-full: the whole command line, with EGL linked and GDAL (with PROJ and GEOS) in a module
// loaded on first use; `recmap` hands the commands that need them over to it. Run directly, it
// behaves as `recmap`. A render from the mesh cache to PNG, SVG or HTML never loads GDAL.

#include "cli/command_line.hpp"
#include "cli/database_command.hpp"
#include "cli/render_command.hpp"
#include "workspace/database_cache.hpp"
#include "workspace/gdal_module.hpp"
#include "workspace/map_export.hpp"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace recmap;
    const workspace::GdalModule gdal;
    const auto loadDataset = [&gdal](const workspace::DatasetOptions& options, std::ostream& log) {
        return workspace::loadDataset(options, gdal, log);
    };
    const auto buildDatabase = [&gdal](const std::vector<std::string>& words) {
        cli::runBuildDatabase(words, gdal, std::cerr);
    };
    const auto render = [&gdal](const std::vector<std::string>& words) {
        if (!words.empty() && (words[0] == "--help" || words[0] == "-h")) {
            std::cout << cli::renderUsage();
            return;
        }
        workspace::runRender(cli::parseRenderRequest(words), gdal, std::cerr);
    };
    return cli::runCommandLine(std::vector<std::string>(argv + 1, argv + argc),
                               {loadDataset, buildDatabase, render});
}
