// recmap: the command-line entry point. Picks the subcommand, and is the one place that turns
// errors into exit codes: 0 success, 1 failure, 2 usage error.

#include "cli/coverage_command.hpp"
#include "cli/database_command.hpp"
#include "cli/query_command.hpp"
#include "cli/render_command.hpp"
#include "core/error.hpp"
#include "core/query.hpp"
#include "workspace/map_export.hpp"

#include <filesystem>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

const char* const usage =
    "usage: recmap <command> [options]\n"
    "commands:\n"
    "  validate              check data/: every problem as file:line: error: ...\n"
    "  build-db [-o FILE]    build the database (SQLite + GeoPackage) from data/\n"
    "  query KIND ...        recognisers, recognised-by, members, status, where\n"
    "  sources [SUBJECT|ORG] the citations behind the facts\n"
    "  coverage              facts, date range, primary sources, disputes per subject/org\n"
    "  render VIEW -o FILE   render a map to PNG, SVG or GeoTIFF (see render --help)\n"
    "  explore [VIEW]        the interactive window (--as-of, --screenshot FILE --frames N)\n"
    "  version               print the version\n"
    "run 'recmap render --help' for the options of a command\n";

int run(const std::vector<std::string>& words) {
    if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
        std::cout << usage;
        return words.empty() ? 2 : 0;
    }
    const std::string& command = words[0];
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    if (command == "version" || command == "--version") {
        std::cout << "recmap " RECMAP_VERSION "\n";
        return 0;
    }
    const bool wantsHelp = !rest.empty() && (rest[0] == "--help" || rest[0] == "-h");
    if (command == "validate") {
        recmap::cli::runValidate(rest, std::cout);
        return 0;
    }
    if (command == "build-db") {
        recmap::cli::runBuildDatabase(rest, std::cerr);
        return 0;
    }
    if (command == "query") {
        if (wantsHelp) {
            std::cout << recmap::cli::queryUsage();
            return 0;
        }
        recmap::cli::runQuery(rest, std::cout, std::cerr);
        return 0;
    }
    if (command == "coverage") {
        recmap::cli::runCoverage(rest, std::cout, std::cerr);
        return 0;
    }
    if (command == "sources") {
        recmap::cli::runSources(rest, std::cout, std::cerr);
        return 0;
    }
    if (command == "explore") {
        // The window lives in its own binary, so this one links no GLFW or ImGui.
        const auto self = std::filesystem::read_symlink("/proc/self/exe");
        const auto explorer = self.parent_path() / "recmap-explorer";
        std::vector<std::string> arguments{explorer.string()};
        arguments.insert(arguments.end(), rest.begin(), rest.end());
        std::vector<char*> argv;
        for (auto& argument : arguments) {
            argv.push_back(argument.data());
        }
        argv.push_back(nullptr);
        ::execv(explorer.c_str(), argv.data());
        throw recmap::core::InputError(explorer.string() + ": error: cannot start the explorer");
    }
    if (command == "render") {
        if (!rest.empty() && (rest[0] == "--help" || rest[0] == "-h")) {
            std::cout << recmap::cli::renderUsage();
            return 0;
        }
        recmap::workspace::runRender(recmap::cli::parseRenderRequest(rest), std::cerr);
        return 0;
    }
    throw recmap::core::UsageError("unknown command '" + command + "'");
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const recmap::core::QueryError& error) {
        std::cerr << "recmap: query:" << error.column() << ": error: " << error.message() << "\n";
        return 2;
    } catch (const recmap::core::UsageError& error) {
        std::cerr << "recmap: error: " << error.what() << "\n";
        return 2;
    } catch (const recmap::core::InputError& error) {
        std::cerr << error.what() << "\n";
        return 1;
    } catch (const std::exception& error) {
        std::cerr << "recmap: error: " << error.what() << "\n";
        return 1;
    }
}
