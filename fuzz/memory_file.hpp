#pragma once

#include <string>
#include <string_view>

namespace recmap::fuzz {

// A GDAL in-memory file (/vsimem/...) holding a copy of some bytes, unlinked on destruction.
// The path is what GDAL opens; it ends in `extension` (".json") so drivers see a JSON name.
class MemoryFile {
  public:
    MemoryFile(std::string_view bytes, const std::string& extension);
    ~MemoryFile();
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    [[nodiscard]] const std::string& path() const { return m_path; }

  private:
    std::string m_path;
};

} // namespace recmap::fuzz
