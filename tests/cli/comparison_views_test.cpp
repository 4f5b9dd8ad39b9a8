// Change and agreement views through the binary: colours at known cities on a GeoTIFF, the
// changelog query, and the view syntax where a view is accepted.

#include "support/okabe_ito.hpp"
#include "support/raster_probe.hpp"
#include "support/run_command.hpp"
#include "support/test_files.hpp"

#include <gtest/gtest.h>

using namespace recmap::test;
using namespace recmap::test::okabe_ito;

namespace {

struct Place {
    const char* name;
    double lon, lat;
};
const Place madrid{"Madrid", -3.70, 40.42}, cairo{"Cairo", 31.24, 30.04},
    paris{"Paris", 2.35, 48.86}, moscow{"Moscow", 37.62, 55.76}, washington{"Kansas", -98.0, 38.5},
    warsaw{"Warsaw", 21.01, 52.23}, tallinn{"Tartu", 26.72, 58.38}, vienna{"Vienna", 16.37, 48.21};

void expectColour(const std::filesystem::path& raster, const Place& place, const Rgb& expected) {
    const auto seen = colourAt(raster, place.lon, place.lat);
    EXPECT_TRUE(near(seen, expected))
        << place.name << " is " << describe(seen) << ", expected " << describe(expected);
}

std::filesystem::path render(const std::string& arguments) {
    const auto map = renderMap(arguments + " --size 2048x1024", ".tif");
    EXPECT_EQ(map.result.exitCode, 0) << map.result.output;
    return map.path;
}

} // namespace

TEST(ComparisonViews, ChangesInPalestinesRecognition) {
    const auto tif = render("changes:recognition:PSE --from 2024-01-01 --to 2025-10-31");
    expectColour(tif, madrid, positive); // recognised on 2024-05-28: gained
    expectColour(tif, paris, positive);  // 2025-09-22
    expectColour(tif, cairo, none);      // since 1988: unchanged
}

TEST(ComparisonViews, ChangesWithTheDateInTheViewText) {
    const auto tif = render("changes@2024-01-01:recognition:PSE --as-of 2025-10-31");
    expectColour(tif, madrid, positive);
    expectColour(tif, cairo, none);
}

TEST(ComparisonViews, NatoEnlargementSince1990) {
    const auto tif = render("changes:membership:NATO --from 1990-01-01 --to 2024-06-01");
    expectColour(tif, warsaw, positive); // joined 1999
    expectColour(tif, vienna, none);     // never a member: unchanged
    // Estonia became independent, then joined: gained, the positive blue hatched with the light
    // one (the probe may fall on either stripe or between them).
    const auto estonia = colourAt(tif, tallinn.lon, tallinn.lat);
    EXPECT_FALSE(near(estonia, none, 20)) << describe(estonia);
    EXPECT_GT(estonia.b, estonia.r + 60) << describe(estonia);
}

TEST(ComparisonViews, WhereRussiaAndTheUnitedStatesAgree) {
    const auto tif = render("agree:observer:RUS,observer:USA --as-of 2024-01-01");
    expectColour(tif, paris, positive); // both recognise France
    expectColour(tif, moscow, subject); // the two observers themselves
    expectColour(tif, washington, subject);
    const auto legend = runRecmap("render agree:observer:RUS,observer:USA --as-of 2024-01-01 "
                                  "-o " RECMAP_TEST_TMP "/agree.csv");
    ASSERT_EQ(legend.exitCode, 0) << legend.output;
    const auto csv = readFile(RECMAP_TEST_TMP "/agree.csv");
    EXPECT_NE(csv.find("\nXAB,Abkhazia,partially_recognised,Only Russia recognises,"),
              std::string::npos);
    EXPECT_NE(csv.find("\nXKX,Kosovo,partially_recognised,Only United States recognises,"),
              std::string::npos);
}

TEST(ComparisonViews, ChangelogListsTheEventsAndSources) {
    const auto result = runRecmap("query changes recognition:PSE --from 2024-01-01 --to "
                                  "2025-10-31 --format csv",
                                  false);
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("\nESP,Spain,Gained,No recognition recorded,Recognises,2024-05-28 "
                                 "recognise ["),
              std::string::npos)
        << result.output.substr(0, 1500);
    EXPECT_EQ(result.output.find("\nEGY,"), std::string::npos); // unchanged: not listed
}

TEST(ComparisonViews, ChangesNeedAFirstDate) {
    const auto result = runRecmap("render changes:recognition:PSE -o " RECMAP_TEST_TMP "/x.png");
    EXPECT_EQ(result.exitCode, 2) << result.output;
    EXPECT_NE(result.output.find("changes: needs --from"), std::string::npos) << result.output;
    const auto agree = runRecmap("render agree:observer:RUS -o " RECMAP_TEST_TMP "/x.png");
    EXPECT_EQ(agree.exitCode, 2) << agree.output;
    EXPECT_NE(agree.output.find("agree: needs two views"), std::string::npos) << agree.output;
}

TEST(ComparisonViews, SideBySideDatesShareOneLegend) {
    const auto svg = renderMap("recognition:PSE --as-of 2025-10-31 --side-by-side 2024-01-01 "
                               "--size 1024x512",
                               ".svg");
    ASSERT_EQ(svg.result.exitCode, 0) << svg.result.output;
    const auto text = readFile(svg.path);
    // Spain: no record on the left (2024-01-01), recognises on the right (2025-10-31).
    EXPECT_NE(text.find("<g id=\"panel1-ESP\" class=\"entity\"><path fill=\"#e3e3e3\""),
              std::string::npos);
    EXPECT_NE(text.find("<g id=\"ESP\" class=\"entity\"><path fill=\"#0072b2\""),
              std::string::npos);
    // Hungary counted apart, under "withdrawal disputed".
    EXPECT_NE(text.find(">Recognises: 137 | 155</text>"), std::string::npos);
    EXPECT_NE(text.find(">Recognises; withdrawal disputed: 1 | 1</text>"), std::string::npos);
    EXPECT_NE(text.find(">1 January 2024</text>"), std::string::npos);

    // The PNG: more of the positive blue in the right panel than in the left.
    const auto png = renderMap("recognition:PSE --as-of 2025-10-31 --side-by-side 2024-01-01 "
                               "--size 1024x512",
                               ".png");
    ASSERT_EQ(png.result.exitCode, 0) << png.result.output;
    int left = 0, right = 0;
    for (int y = 40; y < 400; y += 12) {
        for (int x = 4; x < 1020; x += 12) {
            if (near(pixelAt(png.path, x, y), positive)) {
                (x < 512 ? left : right) += 1;
            }
        }
    }
    EXPECT_GT(left, 50);
    EXPECT_GT(right, left + 12) << left << " left, " << right << " right";
}

TEST(ComparisonViews, SideBySideWorldviews) {
    const auto svg =
        renderMap("countries --worldview SRB --side-by-side un --size 1024x512", ".svg");
    ASSERT_EQ(svg.result.exitCode, 0) << svg.result.output;
    const auto text = readFile(svg.path);
    EXPECT_NE(text.find(">Worldview: UN resolutions</text>"), std::string::npos);
    EXPECT_NE(text.find(">Worldview: Serbia</text>"), std::string::npos);
    const auto tif = runRecmap("render countries --side-by-side un -o " RECMAP_TEST_TMP "/x.tif");
    EXPECT_EQ(tif.exitCode, 2);
    EXPECT_NE(tif.output.find("--side-by-side writes a .png or .svg"), std::string::npos);
}
