// `recmap` is the GDAL-free front: it must not load GDAL, PROJ or EGL (that is why queries start
// fast), and it hands the commands that need them to recmap-full beside it.

#include "support/run_command.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <string>

using namespace recmap::test;

namespace {

// The shared libraries a binary names as NEEDED (readelf -d).
std::set<std::string> neededLibraries(const std::string& binary) {
    const auto result = runCommand("readelf -d '" + binary + "'", false);
    EXPECT_EQ(result.exitCode, 0) << result.output;
    std::set<std::string> names;
    std::istringstream lines(result.output);
    for (std::string line; std::getline(lines, line);) {
        const auto open = line.find("(NEEDED)");
        const auto start = line.find('[');
        const auto end = line.find(']');
        if (open != std::string::npos && start != std::string::npos && end > start) {
            names.insert(line.substr(start + 1, end - start - 1));
        }
    }
    return names;
}

bool namesOneOf(const std::set<std::string>& libraries, const std::string& prefix) {
    for (const auto& library : libraries) {
        if (library.starts_with(prefix)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST(FrontBinary, RecmapLinksSqliteButNoGdalProjOrEgl) {
    const auto front = neededLibraries(RECMAP_BINARY);
    EXPECT_TRUE(namesOneOf(front, "libsqlite3"));
    for (const char* heavy : {"libgdal", "libproj", "libEGL", "libGL", "libepoxy", "libglfw"}) {
        EXPECT_FALSE(namesOneOf(front, heavy)) << RECMAP_BINARY << " needs " << heavy;
    }
    // The check itself sees libraries: recmap-full does need GDAL and EGL.
    const auto full = neededLibraries(
        (std::filesystem::path(RECMAP_BINARY).parent_path() / "recmap-full").string());
    EXPECT_TRUE(namesOneOf(full, "libgdal"));
    EXPECT_TRUE(namesOneOf(full, "libEGL") || namesOneOf(full, "libepoxy"));
}

TEST(FrontBinary, RenderAndBuildDbAreHandedToRecmapFull) {
    const auto help = runRecmap("render --help", false);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.output.find("--size"), std::string::npos) << help.output;
    const auto bad = runRecmap("build-db --resolution 3m");
    EXPECT_EQ(bad.exitCode, 2) << bad.output;
    EXPECT_NE(bad.output.find("resolution"), std::string::npos) << bad.output;
}
