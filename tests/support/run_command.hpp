#pragma once

#include <string>

namespace recmap::test {

struct CommandResult {
    int exitCode = -1;
    std::string output; // stdout, and stderr too unless asked otherwise
};

// Runs a shell command line and captures what it prints.
CommandResult runCommand(const std::string& commandLine, bool withStderr = true);
// The built recmap binary with `arguments`, its cache directory (where the default database
// lives) set to `cacheDir`, by default one shared by the tests.
CommandResult runRecmap(const std::string& arguments, bool withStderr = true,
                        const std::string& cacheDir = RECMAP_TEST_TMP "/cache");

// `recmap render ARGUMENTS -o FILE` into a file of RECMAP_TEST_TMP named after this process and
// the arguments (tests run in parallel); the file, and how the command ended.
struct RenderedMap {
    std::string path;
    CommandResult result;
};
RenderedMap renderMap(const std::string& arguments, const std::string& extension);

} // namespace recmap::test
