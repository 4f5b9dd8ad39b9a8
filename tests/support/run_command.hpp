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

} // namespace recmap::test
