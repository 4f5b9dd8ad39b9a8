// Borders that follow the date, through the binary on the small fixture: Betaland's feature
// (Spain, 724) was part of Alphaland (France, 250) until 1975-11-20. Colours at Madrid and
// Paris, the border between them, and the SVG's groups show it.
#include "support/raster_probe.hpp"
#include "support/run_command.hpp"
#include "support/test_files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace recmap::test;
namespace fs = std::filesystem;

namespace {

// data_small with the boundary history, once per test process.
const fs::path& historyData() {
    static const fs::path data = [] {
        const auto dir = scratchDirectory("history_render_" + std::to_string(::getpid()));
        fs::copy(RECMAP_SOURCE_DIR "/tests/fixtures/data_small", dir / "data",
                 fs::copy_options::recursive);
        std::ofstream(dir / "data" / "boundary_history.csv")
            << "boundary_key,entity,role,from,to,sources,note\n"
               "724,AAA,part,,1975-11-20,src-one,Betaland inside Alphaland\n";
        return dir / "data";
    }();
    return data;
}

RenderedMap renderOn(const std::string& view, const std::string& date, const char* extension) {
    auto map = renderMap(view + " --as-of " + date + " --size 1024x512 --data " +
                             historyData().string() + " --extent -10,35,10,52 --no-legend",
                         extension);
    EXPECT_EQ(map.result.exitCode, 0) << map.result.output;
    return map;
}

const double madrid[] = {-3.70, 40.42};
const double paris[] = {2.35, 48.86};

// The number of segments in the SVG's borders path (std::regex would overflow the stack on it).
size_t borderSegments(const std::string& svg) {
    const auto start = svg.find("id=\"borders\"");
    EXPECT_NE(start, std::string::npos);
    const auto data = svg.find(" d=\"", start);
    const auto end = svg.find('"', data + 4);
    return static_cast<size_t>(std::count(svg.begin() + static_cast<std::ptrdiff_t>(data),
                                          svg.begin() + static_cast<std::ptrdiff_t>(end), 'L'));
}

} // namespace

TEST(BoundaryHistoryRender, AHeldFeatureTakesItsHoldersFillUntilItSeparates) {
    const auto before = renderOn("countries", "1970-01-01", ".tif");
    EXPECT_TRUE(near(colourAt(before.path, madrid[0], madrid[1]),
                     colourAt(before.path, paris[0], paris[1])))
        << describe(colourAt(before.path, madrid[0], madrid[1]));
    const auto after = renderOn("countries", "1980-01-01", ".tif");
    EXPECT_FALSE(
        near(colourAt(after.path, madrid[0], madrid[1]), colourAt(after.path, paris[0], paris[1])));
}

TEST(BoundaryHistoryRender, MembershipFollowsTheHolder) {
    // ORG: Alphaland since 1949, Betaland since 1982.
    const auto in1970 = renderOn("membership:ORG", "1970-01-01", ".tif");
    const auto in1980 = renderOn("membership:ORG", "1980-01-01", ".tif");
    const auto member = colourAt(in1970.path, paris[0], paris[1]);
    EXPECT_TRUE(near(colourAt(in1970.path, madrid[0], madrid[1]), member));
    EXPECT_FALSE(near(colourAt(in1980.path, madrid[0], madrid[1]), member));
    EXPECT_TRUE(near(colourAt(in1980.path, paris[0], paris[1]), member));
}

TEST(BoundaryHistoryRender, TheInnerBorderIsLeftOutAndTheSvgNamesTheHolder) {
    const auto before = readFile(renderOn("countries", "1970-01-01", ".svg").path);
    const auto after = readFile(renderOn("countries", "1980-01-01", ".svg").path);
    EXPECT_NE(before.find("id=\"BBB\" class=\"entity\" data-holder=\"AAA\""), std::string::npos);
    EXPECT_EQ(after.find("data-holder"), std::string::npos);
    EXPECT_LT(borderSegments(before), borderSegments(after));
}

TEST(BoundaryHistoryRender, TheBorderIsNotDrawnOnTheRasterEither) {
    // Pixels in the border colour: the Franco-Spanish border adds some when it is drawn.
    const auto before = renderOn("countries", "1970-01-01", ".png");
    const auto after = renderOn("countries", "1980-01-01", ".png");
    EXPECT_LT(countNear(before.path, hexColour(0x4D4D4D), 60),
              countNear(after.path, hexColour(0x4D4D4D), 60));
}

// --boundaries FILE --valid-from-field F --valid-to-field T: a file whose features carry their
// validity (the CShapes layout); the features valid on the date are drawn.
TEST(TimeAwareBoundaries, TheFeatureValidOnTheDateIsDrawn) {
    const std::string file = RECMAP_SOURCE_DIR "/tests/fixtures/time_aware/states.geojson";
    const auto render = [&](const char* date, const std::string& extra = "",
                            const char* extension = ".tif") {
        return renderMap(std::string("membership:ORG --as-of ") + date + " --data " +
                             RECMAP_SOURCE_DIR "/tests/fixtures/data_small --boundaries " + file +
                             " --key-field iso --valid-from-field gwsdate --valid-to-field "
                             "gwedate --projection plate-carree --extent -15,25,35,55 "
                             "--size 800x480 --no-legend --no-graticule" +
                             extra,
                         extension);
    };
    // Alphaland joined ORG in 1949: a member on both dates, in one square and then the other.
    const auto in1940 = render("1949-06-01");
    ASSERT_EQ(in1940.result.exitCode, 0) << in1940.result.output;
    const auto in1960 = render("1960-01-01");
    ASSERT_EQ(in1960.result.exitCode, 0) << in1960.result.output;
    const auto ocean = colourAt(in1940.path, 25, 45);
    const auto member = colourAt(in1940.path, 5, 45);
    EXPECT_FALSE(near(member, ocean));
    EXPECT_TRUE(near(colourAt(in1960.path, 5, 45), ocean))
        << describe(colourAt(in1960.path, 5, 45));
    EXPECT_TRUE(near(colourAt(in1960.path, 25, 45), member))
        << describe(colourAt(in1960.path, 25, 45)) << " vs " << describe(member);
    // An animation across 1950 moves Alphaland from one frame to the next.
    const auto frames =
        render("1949-06-01", " --from 1949-06-01 --to 1960-01-01 --step 10y", ".png");
    ASSERT_EQ(frames.result.exitCode, 0) << frames.result.output;
    const auto frame = [&](const char* number) {
        auto path = fs::path(frames.path);
        return path.replace_filename(path.stem().string() + number + ".png");
    };
    const auto first = frame("-0001"), second = frame("-0002");
    ASSERT_TRUE(fs::exists(first) && fs::exists(second)) << frames.result.output;
    // The western square (5 E 45 N, near pixel 330,180 of this layout) is Alphaland's in the
    // first frame only.
    EXPECT_TRUE(near(pixelAt(first, 330, 180), member)) << describe(pixelAt(first, 330, 180));
    EXPECT_TRUE(near(pixelAt(second, 330, 180), ocean)) << describe(pixelAt(second, 330, 180));
}

TEST(TimeAwareBoundaries, MissingFieldsAndHalfTheOptionsAreErrors) {
    const std::string file = RECMAP_SOURCE_DIR "/tests/fixtures/time_aware/states.geojson";
    const auto half =
        runRecmap("render countries -o x.png --boundaries " + file + " --valid-from-field gwsdate");
    EXPECT_EQ(half.exitCode, 2);
    EXPECT_NE(half.output.find("--valid-from-field and --valid-to-field go together"),
              std::string::npos);
    const auto missing = renderMap(
        "countries --data " RECMAP_SOURCE_DIR "/tests/fixtures/data_small --boundaries " + file +
            " --key-field iso --valid-from-field start "
            "--valid-to-field gwedate",
        ".png");
    EXPECT_EQ(missing.result.exitCode, 1);
    EXPECT_NE(missing.result.output.find("states.geojson: error: no field 'start'"),
              std::string::npos)
        << missing.result.output;
}
