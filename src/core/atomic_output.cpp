#include "core/atomic_output.hpp"

#include "core/error.hpp"

#include <random>
#include <system_error>
#include <unistd.h>

namespace recmap::core {

AtomicOutput::AtomicOutput(std::filesystem::path target) : m_target(std::move(target)) {
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
