#include "support/run_command.hpp"

#include <array>
#include <cstdio>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

namespace recmap::test {

CommandResult runCommand(const std::string& commandLine, bool withStderr) {
    CommandResult result;
    std::FILE* pipe = popen((commandLine + (withStderr ? " 2>&1" : " 2>/dev/null")).c_str(), "r");
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

CommandResult runRecmap(const std::string& arguments, bool withStderr,
                        const std::string& cacheDir) {
    return runCommand("XDG_CACHE_HOME='" + cacheDir + "' '" + RECMAP_BINARY + "' " + arguments,
                      withStderr);
}

RenderedMap renderMap(const std::string& arguments, const std::string& extension) {
    RenderedMap map;
    map.path = std::string(RECMAP_TEST_TMP) + "/map-" + std::to_string(::getpid()) + "-" +
               std::to_string(std::hash<std::string>()(arguments)) + extension;
    map.result = runRecmap("render " + arguments + " -o " + map.path);
    return map;
}

} // namespace recmap::test
