// recmap-full: the whole command line, with GDAL, PROJ and EGL linked; `recmap` hands the
// commands that need them over to it. Run directly, it behaves as `recmap`.

#include "cli/command_line.hpp"
#include "cli/database_command.hpp"
#include "cli/render_command.hpp"
#include "workspace/database_cache.hpp"
#include "workspace/map_export.hpp"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace recmap;
    const auto buildDatabase = [](const std::vector<std::string>& words) {
        cli::runBuildDatabase(words, std::cerr);
    };
    const auto render = [](const std::vector<std::string>& words) {
        if (!words.empty() && (words[0] == "--help" || words[0] == "-h")) {
            std::cout << cli::renderUsage();
            return;
        }
        workspace::runRender(cli::parseRenderRequest(words), std::cerr);
    };
    return cli::runCommandLine(std::vector<std::string>(argv + 1, argv + argc),
                               {workspace::loadDataset, buildDatabase, render});
}
