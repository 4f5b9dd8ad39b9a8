// `recmap render` through the real binary: exit codes, messages, and that a failure never leaves
// a partial file behind.

#include "support/run_command.hpp"
#include "support/test_files.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace recmap::test;
namespace fs = std::filesystem;

namespace {

size_t fileCount(const fs::path& dir) {
    return static_cast<size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

} // namespace

TEST(RenderCli, UnknownProjectionIsAUsageError) {
    const auto dir = scratchDirectory("unknown_projection");
    const auto result = runRecmap("render countries -o " + (dir / "x.png").string() +
                                  " --projection winkel-tripel");
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.output.find("unknown projection 'winkel-tripel'"), std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("equal-earth"), std::string::npos);
    EXPECT_EQ(fileCount(dir), 0U);
}

TEST(RenderCli, OtherUsageErrorsExitTwo) {
    for (const char* args :
         {"render", "render countries", "render countries -o x.bmp", "render nowhere -o x.png",
          "render countries -o x.png --size 10", "render countries -o x.png --resolution 20m",
          "render countries -o x.png --center 200,0", "frobnicate",
          "render countries -o x.png --bogus"}) {
        const auto result = runRecmap(args);
        EXPECT_EQ(result.exitCode, 2) << args << "\n" << result.output;
        EXPECT_NE(result.output.find("error:"), std::string::npos) << args;
    }
}

TEST(RenderCli, MissingBoundaryFileNamesTheFile) {
    const auto dir = scratchDirectory("missing_boundaries");
    const auto result = runRecmap("render countries -o " + (dir / "x.png").string() +
                                  " --boundaries " + (dir / "nope.json").string());
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find((dir / "nope.json").string()), std::string::npos) << result.output;
    EXPECT_EQ(fileCount(dir), 0U);
}

TEST(RenderCli, CorruptBoundaryFileNamesTheFileAndKeepsTheOldOutput) {
    const auto dir = scratchDirectory("corrupt_boundaries");
    const auto corrupt = dir / "broken.json";
    std::ofstream(corrupt) << "{\"type\": \"Topology\", \"objects\": {\"countries\": [1, 2";
    const auto output = dir / "map.png";
    std::ofstream(output) << "previous map";
    const auto result =
        runRecmap("render countries -o " + output.string() + " --boundaries " + corrupt.string());
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find(corrupt.string()), std::string::npos) << result.output;
    EXPECT_EQ(readFile(output), "previous map");
    EXPECT_EQ(fileCount(dir), 2U); // no temporary file left behind
}

TEST(RenderCli, UnwritableOutputFailsWithoutAPartialFile) {
    const auto dir = scratchDirectory("unwritable");
    const auto output = dir / "no-such-dir" / "map.png";
    const auto result = runRecmap("render countries --resolution 110m -o " + output.string());
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find(output.string()), std::string::npos) << result.output;
    EXPECT_FALSE(fs::exists(output));
    EXPECT_EQ(fileCount(dir), 0U);
}

TEST(RenderCli, OutputOntoADirectoryFailsCleanly) {
    const auto dir = scratchDirectory("onto_directory");
    const auto output = dir / "taken.png";
    fs::create_directories(output / "inside");
    const auto result =
        runRecmap("render countries --resolution 110m --size 64x32 -o " + output.string());
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find(output.string()), std::string::npos) << result.output;
    EXPECT_TRUE(fs::is_directory(output / "inside"));
    EXPECT_EQ(fileCount(dir), 1U);
}

TEST(RenderCli, WritesAPngAndReportsThePreparedGeometry) {
    const auto dir = scratchDirectory("png");
    const auto output = dir / "world.png";
    const auto result =
        runRecmap("render countries --resolution 110m --size 256x128 -o " + output.string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    // world-atlas 110m has 177 features; the three derived boundaries (data/) make 180.
    EXPECT_NE(result.output.find("183 features; 3 cut at the antimeridian"), std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("0 matched to no entity"), std::string::npos) << result.output;
    const auto bytes = readFile(output);
    ASSERT_GT(bytes.size(), 1000U);
    EXPECT_EQ(bytes.substr(1, 3), "PNG");
    EXPECT_EQ(fileCount(dir), 1U);
}
