// What a user meets when caches are damaged or arguments are out of range: a damaged cache is
// rebuilt with one note, never an error; a date before every fact says so; an oversize --size
// names the maximum.

#include "support/run_command.hpp"
#include "support/test_files.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <vector>

using namespace recmap::test;
namespace fs = std::filesystem;

namespace {

size_t occurrences(const std::string& text, const std::string& part) {
    size_t count = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++count;
    }
    return count;
}

} // namespace

TEST(Reliability, DamagedCachesAreRebuiltWithOneNoteEach) {
    const auto cache = scratchDirectory("damaged-cache");
    const auto output = cache / "map.png";
    const std::string render =
        "render countries --resolution 110m --size 256x128 -o " + output.string();
    ASSERT_EQ(runRecmap(render, true, cache.string()).exitCode, 0);
    // Garbage over the database, a truncated mesh cache.
    for (const auto& entry : fs::directory_iterator(cache / "recmap")) {
        if (entry.path().extension() == ".gpkg") {
            std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << "not a database";
        } else if (entry.path().extension() == ".bin") {
            fs::resize_file(entry.path(), 100);
        }
    }
    fs::remove(output);
    const auto result = runRecmap(render, true, cache.string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(occurrences(result.output, "or unreadable; rebuilding it"), 1U) << result.output;
    EXPECT_EQ(occurrences(result.output, "the mesh cache is unreadable"), 1U) << result.output;
    EXPECT_EQ(result.output.find("error"), std::string::npos) << result.output;
    EXPECT_GT(fs::file_size(output), 1000U);
    // And the next run uses the rebuilt caches without a note.
    const auto again = runRecmap(render, true, cache.string());
    EXPECT_EQ(again.output.find("rebuilding"), std::string::npos) << again.output;
    EXPECT_EQ(again.output.find("unreadable"), std::string::npos) << again.output;
}

TEST(Reliability, ADateBeforeEveryFactSaysSo) {
    const auto result = runRecmap("query members NATO --as-of 1850-01-01");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("note: 1850-01-01 is before the dataset's first event"),
              std::string::npos)
        << result.output;
}

TEST(Reliability, AnOversizeImageNamesTheMaximum) {
    const auto result =
        runRecmap("render countries --size 100000x100 -o " RECMAP_TEST_TMP "/big.png");
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.output.find("between 16x16 and 32768x32768 (the maximum)"), std::string::npos)
        << result.output;
}

namespace {

// Files in `directory` (recursively) whose names end like a final output, not a temporary.
std::vector<fs::path> finalFiles(const fs::path& directory) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(directory)) {
        if (entry.is_regular_file() &&
            entry.path().filename().string().find(".tmp-") == std::string::npos) {
            files.push_back(entry.path());
        }
    }
    return files;
}

} // namespace

TEST(Reliability, FourRunsAtOnceOnOneCacheAndOutputAllSucceed) {
    const auto cache = scratchDirectory("parallel-cache");
    const auto output = cache / "same.png";
    const std::string one = "XDG_CACHE_HOME='" + cache.string() +
                            "' '" RECMAP_BINARY
                            "' render countries --resolution 110m --size 256x128 -o '" +
                            output.string() + "' > /dev/null 2>&1 || echo FAILED";
    const auto result =
        runCommand("(" + one + ") & (" + one + ") & (" + one + ") & (" + one + ") & wait");
    EXPECT_EQ(result.output.find("FAILED"), std::string::npos) << result.output;
    const auto png = readFile(output);
    ASSERT_GT(png.size(), 1000U);
    EXPECT_EQ(png.substr(1, 3), "PNG");
    // One database and one mesh cache, no temporaries left.
    size_t databases = 0, meshes = 0;
    for (const auto& entry : fs::directory_iterator(cache / "recmap")) {
        EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos)
            << entry.path();
        databases += entry.path().extension() == ".gpkg" ? 1 : 0;
        meshes += entry.path().extension() == ".bin" ? 1 : 0;
    }
    EXPECT_EQ(databases, 1U);
    EXPECT_EQ(meshes, 1U);
}

TEST(Reliability, KilledRunsLeaveNoPartialFileAndTheNextRunSucceeds) {
    // SIGKILL at several points of build-db and render: every final-named file that exists
    // is whole (the database opens, the PNG decodes), and a normal run then succeeds.
    for (const char* delay : {"0.05", "0.2", "0.5", "1.0"}) {
        const auto cache = scratchDirectory(std::string("killed-") + delay);
        const auto database = cache / "out.gpkg";
        const auto image = cache / "out.png";
        const std::string environment = "XDG_CACHE_HOME='" + cache.string() + "' ";
        runCommand(environment + "timeout -s KILL " + delay + " '" RECMAP_BINARY "' build-db -o '" +
                   database.string() + "' > /dev/null 2>&1; " + environment + "timeout -s KILL " +
                   delay +
                   " '" RECMAP_BINARY "' render countries "
                   "--resolution 110m --size 512x256 -o '" +
                   image.string() + "' > /dev/null 2>&1; true");
        for (const auto& file : finalFiles(cache)) {
            if (file.extension() == ".gpkg") {
                const auto check = runCommand("ogrinfo -ro -so '" + file.string() + "' entities");
                EXPECT_EQ(check.exitCode, 0) << delay << ": " << file << "\n" << check.output;
            } else if (file.extension() == ".png") {
                EXPECT_EQ(readFile(file).substr(1, 3), "PNG") << delay;
                const auto check = runCommand("gdalinfo '" + file.string() + "'");
                EXPECT_EQ(check.exitCode, 0) << delay << ": " << check.output;
            }
        }
        const auto again =
            runRecmap("render countries --resolution 110m --size 512x256 -o " + image.string(),
                      true, cache.string());
        EXPECT_EQ(again.exitCode, 0) << delay << ": " << again.output;
        EXPECT_EQ(runRecmap("build-db -o " + database.string(), true, cache.string()).exitCode, 0);
        // The runs that followed removed what the killed ones left half-written.
        for (const auto& entry : fs::directory_iterator(cache)) {
            EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos)
                << delay << ": " << entry.path();
        }
    }
}
