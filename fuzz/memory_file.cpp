#include "memory_file.hpp"

#include <cpl_vsi.h>

#include <cstring>
#include <stdexcept>

namespace recmap::fuzz {

MemoryFile::MemoryFile(std::string_view bytes, const std::string& extension)
    : m_path("/vsimem/recmap-fuzz" + extension) {
    // GDAL takes ownership of a VSIMalloc'd copy (bTakeOwnership), freed by VSIUnlink.
    auto* copy = static_cast<GByte*>(VSIMalloc(bytes.empty() ? 1 : bytes.size()));
    if (copy == nullptr) {
        throw std::bad_alloc();
    }
    std::memcpy(copy, bytes.data(), bytes.size());
    VSILFILE* file = VSIFileFromMemBuffer(m_path.c_str(), copy, bytes.size(), TRUE);
    if (file == nullptr) {
        VSIFree(copy);
        throw std::runtime_error("cannot create " + m_path);
    }
    VSIFCloseL(file);
}

MemoryFile::~MemoryFile() {
    VSIUnlink(m_path.c_str());
}

} // namespace recmap::fuzz
