#include "store/database.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>

namespace recmap::store {
namespace {

// FNV-1a, 64 bits: a change detector, not a security measure.
class Fnv1a {
  public:
    void add(std::string_view bytes) {
        for (unsigned char c : bytes) {
            m_hash = (m_hash ^ c) * 1099511628211ULL;
        }
        m_hash = (m_hash ^ 0xff) * 1099511628211ULL; // separator
    }
    [[nodiscard]] std::string hex() const {
        char text[17];
        std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(m_hash));
        return text;
    }

  private:
    uint64_t m_hash = 14695981039346656037ULL;
};

} // namespace

std::vector<std::filesystem::path> dataFiles(const std::filesystem::path& dataDir) {
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(dataDir)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(dataDir)) {
            if (entry.is_regular_file() && entry.path().extension() == ".csv") {
                files.push_back(entry.path());
            }
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string dataFingerprint(const std::filesystem::path& dataDir, const std::string& extra) {
    const auto files = dataFiles(dataDir);
    Fnv1a hash;
    std::string content;
    hash.add("recmap-schema-" + std::to_string(databaseSchemaVersion));
    hash.add(extra);
    for (const auto& file : files) {
        // Lexically: the files were listed under dataDir, and relative() would resolve symbolic
        // links on every component of both paths (two readlink calls each), for every file.
        hash.add(file.lexically_relative(dataDir).string());
        // One buffer for every file, read whole: a query fingerprints data/ each time it starts,
        // and each fresh page of memory costs a page fault.
        std::ifstream stream(file, std::ios::binary | std::ios::ate);
        const auto size = static_cast<std::streamoff>(stream.tellg());
        content.resize(size > 0 ? static_cast<size_t>(size) : 0);
        stream.seekg(0);
        stream.read(content.data(), static_cast<std::streamsize>(content.size()));
        content.resize(static_cast<size_t>(std::max<std::streamsize>(0, stream.gcount())));
        hash.add(content);
    }
    return hash.hex();
}

} // namespace recmap::store
