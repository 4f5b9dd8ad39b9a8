#include "support/test_files.hpp"

#include <fstream>
#include <iterator>

namespace recmap::test {

std::string readFile(const std::filesystem::path& path) {
    std::ifstream stream(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(stream), {}};
}

std::filesystem::path scratchDirectory(const std::string& name) {
    const auto dir = std::filesystem::path(RECMAP_TEST_TMP) / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace recmap::test
