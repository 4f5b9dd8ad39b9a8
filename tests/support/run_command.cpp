#include "support/run_command.hpp"

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace recmap::test {

CommandResult runCommand(const std::string& commandLine) {
    CommandResult result;
    std::FILE* pipe = popen((commandLine + " 2>&1").c_str(), "r");
    if (pipe == nullptr) {
        return result;
    }
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) {
        result.output += buffer.data();
    }
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

CommandResult runRecmap(const std::string& arguments) {
    return runCommand(std::string("'") + RECMAP_BINARY + "' " + arguments);
}

} // namespace recmap::test
