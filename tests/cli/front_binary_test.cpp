// `recmap` is the GDAL-free front: it must not load GDAL, PROJ or EGL (that is why queries start
// fast), and it hands the commands that need them to recmap-full beside it. recmap-full loads
// GDAL only when a command needs it (a mesh to build, a GIS format to write).

#include "support/run_command.hpp"

#include <filesystem>
#include <fstream>
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

// What the dynamic loader opened while `recmap ARGUMENTS` ran (LD_DEBUG=files, in both the
// front and recmap-full; the tests' cache directory, as runRecmap), and how the command ended.
CommandResult runTracingLibraries(const std::string& arguments) {
    return runCommand("XDG_CACHE_HOME='" RECMAP_TEST_TMP "/cache' LD_DEBUG=files '" RECMAP_BINARY
                      "' " +
                      arguments);
}

bool loadedGdal(const std::string& trace) {
    return trace.find("file=libgdal.so") != std::string::npos &&
           trace.find("librecmap_gdal.so") != std::string::npos;
}

} // namespace

TEST(FrontBinary, RecmapLinksSqliteButNoGdalProjOrEgl) {
    const auto front = neededLibraries(RECMAP_BINARY);
    EXPECT_TRUE(namesOneOf(front, "libsqlite3"));
    for (const char* heavy : {"libgdal", "libproj", "libEGL", "libGL", "libepoxy", "libglfw"}) {
        EXPECT_FALSE(namesOneOf(front, heavy)) << RECMAP_BINARY << " needs " << heavy;
    }
    // recmap-full links EGL but not GDAL: its GDAL side is a module loaded when needed. The
    // check itself sees libraries: the module does need GDAL.
    const auto build = std::filesystem::path(RECMAP_BINARY).parent_path();
    const auto full = neededLibraries((build / "recmap-full").string());
    EXPECT_TRUE(namesOneOf(full, "libEGL") || namesOneOf(full, "libepoxy"));
    for (const char* heavy : {"libgdal", "libproj", "libgeos", "libGLU"}) {
        EXPECT_FALSE(namesOneOf(full, heavy)) << "recmap-full needs " << heavy;
    }
    EXPECT_TRUE(namesOneOf(neededLibraries((build / "librecmap_gdal.so").string()), "libgdal"));
}

TEST(FrontBinary, ARenderFromTheMeshCacheLoadsNoGdal) {
    const auto dir = std::filesystem::path(RECMAP_TEST_TMP) / "front_binary";
    std::filesystem::create_directories(dir);
    const std::string render = "render countries --resolution 110m --size 256x128 -o ";
    // The first render may build the mesh (and the database), which needs GDAL; the second
    // finds both in the cache.
    ASSERT_EQ(runRecmap(render + (dir / "first.png").string()).exitCode, 0);
    const auto cached = runTracingLibraries(render + (dir / "cached.png").string());
    EXPECT_EQ(cached.exitCode, 0) << cached.output;
    EXPECT_TRUE(std::filesystem::exists(dir / "cached.png"));
    EXPECT_NE(cached.output.find("file=libEGL"), std::string::npos) << "no trace to read";
    EXPECT_EQ(cached.output.find("libgdal"), std::string::npos) << "a cached render loaded GDAL";
    // The check sees GDAL when it is loaded: GeoJSON is written by GDAL, through the module.
    const auto exported = runTracingLibraries("render membership:NATO --resolution 110m -o " +
                                              (dir / "nato.geojson").string());
    EXPECT_EQ(exported.exitCode, 0) << exported.output;
    EXPECT_TRUE(loadedGdal(exported.output)) << exported.output.substr(0, 2000);
    EXPECT_GT(std::filesystem::file_size(dir / "nato.geojson"), 1000u);
}

TEST(FrontBinary, RenderAndBuildDbAreHandedToRecmapFull) {
    const auto help = runRecmap("render --help", false);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.output.find("--size"), std::string::npos) << help.output;
    const auto bad = runRecmap("build-db --resolution 3m");
    EXPECT_EQ(bad.exitCode, 2) << bad.output;
    EXPECT_NE(bad.output.find("resolution"), std::string::npos) << bad.output;
}

// recmap hands over with glibc's huge pages asked for (GLIBC_TUNABLES), keeping what the user
// set. Seen from the inside: recmap-full's children inherit its environment, and an animation
// runs ffmpeg, here a stand-in that writes down the tunables it was given.
class HugePages : public ::testing::Test {
  protected:
    void SetUp() override {
        m_dir = std::filesystem::path(RECMAP_TEST_TMP) / ("huge-pages-" + testName());
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir / "bin");
        const auto ffmpeg = m_dir / "bin" / "ffmpeg";
        std::ofstream(ffmpeg) << "#!/bin/sh\nprintf '%s' \"$GLIBC_TUNABLES\" > '"
                              << (m_dir / "tunables.txt").string() << "'\nexit 1\n";
        std::filesystem::permissions(ffmpeg, std::filesystem::perms::owner_all);
    }
    // The tunables recmap-full ran with, when started with `userValue` (none if empty).
    std::string tunablesGiven(const std::string& userValue) {
        const auto result = runCommand(
            "PATH='" + (m_dir / "bin").string() +
            "':\"$PATH\" XDG_CACHE_HOME='" RECMAP_TEST_TMP "/cache' " +
            (userValue.empty() ? "env -u GLIBC_TUNABLES" : "GLIBC_TUNABLES=" + userValue) +
            " '" RECMAP_BINARY "' render membership:NATO --resolution 110m --size 64x32 "
            "--from 2020-01-01 --to 2021-01-01 --step 1y -o '" +
            (m_dir / "nato.gif").string() + "'");
        // The stand-in fails, and so does the command, saying so.
        EXPECT_EQ(result.exitCode, 1) << result.output;
        EXPECT_NE(result.output.find("ffmpeg failed"), std::string::npos) << result.output;
        std::ifstream in(m_dir / "tunables.txt");
        std::string text;
        std::getline(in, text);
        return text;
    }

  private:
    static std::string testName() {
        return ::testing::UnitTest::GetInstance()->current_test_info()->name();
    }
    std::filesystem::path m_dir;
};

TEST_F(HugePages, AreAskedForWhenTheUserSetNothing) {
    EXPECT_EQ(tunablesGiven(""), "glibc.malloc.hugetlb=1");
}

TEST_F(HugePages, OtherTunablesOfTheUserAreKept) {
    EXPECT_EQ(tunablesGiven("glibc.malloc.arena_max=2"),
              "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
}

TEST_F(HugePages, TheUsersOwnHugePageSettingWins) {
    EXPECT_EQ(tunablesGiven("glibc.malloc.hugetlb=0"), "glibc.malloc.hugetlb=0");
}
