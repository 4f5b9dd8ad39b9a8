#pragma once

#include <string>

namespace recmap::test {

struct CommandResult {
    int exitCode = -1;
    std::string output; // stdout and stderr together
};

// Runs a shell command line and captures what it prints.
CommandResult runCommand(const std::string& commandLine);
// The built recmap binary, quoted, followed by `arguments`.
CommandResult runRecmap(const std::string& arguments);

} // namespace recmap::test
