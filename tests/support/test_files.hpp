#pragma once

#include <filesystem>
#include <string>

namespace recmap::test {

// A file's whole content, bytes as they are; empty when it cannot be read.
std::string readFile(const std::filesystem::path& path);

// An empty directory RECMAP_TEST_TMP/<name>, made afresh.
std::filesystem::path scratchDirectory(const std::string& name);

} // namespace recmap::test
