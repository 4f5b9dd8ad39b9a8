// recmap: the command-line entry point. It links SQLite but no GDAL, PROJ or EGL, so that
// queries, sources, coverage and validate start at once; rendering and building the database
// (also a query's, when the cached database is out of date) are handed over to recmap-full, the
// same command line with every library, by replacing this process.

#include "cli/command_line.hpp"

#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace recmap;
    const std::vector<std::string> words(argv + 1, argv + argc);
    const auto handOverAll = [&words](const std::vector<std::string>&) {
        cli::handOver("recmap-full", words);
    };
    const auto loadOrHandOver = [&words](const workspace::DatasetOptions& options,
                                         std::ostream& log) {
        auto dataset = workspace::loadCurrentDataset(options, log);
        if (!dataset) {
            cli::handOver("recmap-full", words); // it rebuilds the cached database first
        }
        return dataset;
    };
    return cli::runCommandLine(words, {loadOrHandOver, handOverAll, handOverAll});
}
