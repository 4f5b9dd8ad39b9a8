#include "cli/command_line.hpp"

#include "cli/coverage_command.hpp"
#include "cli/query_command.hpp"
#include "core/error.hpp"
#include "core/query.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <unistd.h>

namespace recmap::cli {
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

int dispatch(const std::vector<std::string>& words, const Backends& backends) {
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
        runValidate(rest, std::cout);
    } else if (command == "build-db") {
        backends.buildDatabase(rest);
    } else if (command == "query") {
        if (wantsHelp) {
            std::cout << queryUsage();
        } else {
            runQuery(rest, std::cout, std::cerr, backends.loadDataset);
        }
    } else if (command == "coverage") {
        runCoverage(rest, std::cout, std::cerr, backends.loadDataset);
    } else if (command == "sources") {
        runSources(rest, std::cout, std::cerr, backends.loadDataset);
    } else if (command == "explore") {
        // The window lives in its own binary, so that no other links GLFW or ImGui.
        handOver("recmap-explorer", rest);
    } else if (command == "render") {
        backends.render(rest);
    } else {
        throw core::UsageError("unknown command '" + command + "'");
    }
    return 0;
}

} // namespace

int runCommandLine(const std::vector<std::string>& words, const Backends& backends) {
    try {
        return dispatch(words, backends);
    } catch (const core::QueryError& error) {
        std::cerr << "recmap: query:" << error.column() << ": error: " << error.message() << "\n";
        return 2;
    } catch (const core::UsageError& error) {
        std::cerr << "recmap: error: " << error.what() << "\n";
        return 2;
    } catch (const core::InputError& error) {
        std::cerr << error.what() << "\n";
        return 1;
    } catch (const std::exception& error) {
        std::cerr << "recmap: error: " << error.what() << "\n";
        return 1;
    }
}

namespace {

// Asks glibc to back large allocations with transparent huge pages (where the kernel's THP mode is
// `madvise`, as on Debian): the map's framebuffers, image and mesh are tens of megabytes, and on a
// virtual machine faulting them in 4 KiB pages took a third of a render's time (bench/README.md).
// Only the exec'd binary reads the tunable; one the user set for hugetlb is left as it is.
void requestHugePages() {
    constexpr const char* tunable = "glibc.malloc.hugetlb";
    const char* current = std::getenv("GLIBC_TUNABLES");
    std::string value = current != nullptr ? current : "";
    if (value.find(tunable) != std::string::npos) {
        return;
    }
    value += (value.empty() ? "" : ":") + std::string(tunable) + "=1";
    ::setenv("GLIBC_TUNABLES", value.c_str(), 1);
}

} // namespace

void handOver(const std::string& binary, const std::vector<std::string>& words) {
    const auto self = std::filesystem::read_symlink("/proc/self/exe");
    const auto path = self.parent_path() / binary;
    std::vector<std::string> arguments{path.string()};
    arguments.insert(arguments.end(), words.begin(), words.end());
    std::vector<char*> argv;
    for (auto& argument : arguments) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    std::cout.flush();
    std::cerr.flush();
    requestHugePages();
    ::execv(path.c_str(), argv.data());
    throw core::InputError(path.string() + ": error: cannot start it");
}

} // namespace recmap::cli
