#pragma once

#include <filesystem>

namespace recmap::core {

// A temporary path next to `target` for writing an output atomically: write to temp(), then
// commit() renames it over the target. If commit() is never reached (an error, an exception),
// the destructor removes the temporary file, so no half-written output is ever left behind. A
// process killed before either leaves its temporary: the next AtomicOutput for the same target
// removes temporaries whose process is gone.
// (The one piece of file handling in core: plain std::filesystem, shared by every writer.)
class AtomicOutput {
  public:
    explicit AtomicOutput(std::filesystem::path target);
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;

    [[nodiscard]] const std::filesystem::path& temp() const { return m_temp; }
    [[nodiscard]] const std::filesystem::path& target() const { return m_target; }
    // Renames temp() to target(); throws core::InputError naming the target on failure.
    void commit();

  private:
    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    bool m_committed = false;
};

} // namespace recmap::core
