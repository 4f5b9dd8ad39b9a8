#include "core/atomic_output.hpp"

#include "core/error.hpp"

#include <cerrno>
#include <csignal>
#include <fstream>
#include <random>
#include <string>
#include <system_error>
#include <unistd.h>

namespace recmap::core {

namespace {

// Whether process `pid` has ended: gone, or a zombie nobody has reaped yet (a killed process
// whose parent was killed with it, such as `timeout -s KILL`'s).
bool processEnded(long pid) {
    if (::kill(static_cast<pid_t>(pid), 0) != 0) {
        return errno == ESRCH;
    }
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(stat, line);
    const auto close = line.rfind(')'); // the command name may hold spaces and parentheses
    return close != std::string::npos && close + 2 < line.size() &&
           (line[close + 2] == 'Z' || line[close + 2] == 'X');
}

// Removes temporaries of `target` left by processes that no longer run (killed before they could
// rename or remove them): TARGET.tmp-PID-N with no process PID.
void removeStaleTemporaries(const std::filesystem::path& target) {
    const std::string prefix = target.filename().string() + ".tmp-";
    const auto directory = target.has_parent_path() ? target.parent_path() : ".";
    std::error_code error;
    for (std::filesystem::directory_iterator it(directory, error), end; !error && it != end;
         it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(prefix)) {
            continue;
        }
        const std::string rest = name.substr(prefix.size());
        const auto dash = rest.find('-');
        if (dash == 0 || dash == std::string::npos ||
            rest.find_first_not_of("0123456789") != dash) {
            continue;
        }
        const long pid = std::stol(rest.substr(0, dash));
        if (pid > 0 && processEnded(pid)) {
            std::error_code ignored;
            std::filesystem::remove(it->path(), ignored);
        }
    }
}

} // namespace

AtomicOutput::AtomicOutput(std::filesystem::path target) : m_target(std::move(target)) {
    removeStaleTemporaries(m_target);
    std::random_device random;
    m_temp = m_target;
    m_temp += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(random() % 1000000);
}

AtomicOutput::~AtomicOutput() {
    if (!m_committed) {
        std::error_code ignored;
        std::filesystem::remove(m_temp, ignored);
    }
}

void AtomicOutput::commit() {
    std::error_code error;
    std::filesystem::rename(m_temp, m_target, error);
    if (error) {
        throw InputError(m_target.string() + ": error: cannot write: " + error.message());
    }
    m_committed = true;
}

} // namespace recmap::core
