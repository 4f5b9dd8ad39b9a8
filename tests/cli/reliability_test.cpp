// What a user meets when caches are damaged or arguments are out of range: a damaged cache is
// rebuilt with one note, never an error; a date before every fact says so; an oversize --size
// names the maximum.

#include "support/run_command.hpp"
#include "support/test_files.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

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
