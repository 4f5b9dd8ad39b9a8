// The explorer in a real window under Xvfb (installed by the test command): what the details
// panel shows for a hovered country, and colours changing with the date.

#include "support/raster_probe.hpp"
#include "support/run_command.hpp"
#include "support/test_files.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <map>
#include <unistd.h>

using namespace recmap::test;
namespace fs = std::filesystem;

namespace {

CommandResult explore(const std::string& arguments, const fs::path& screenshot,
                      const std::string& environment = "") {
    return runCommand(
        environment +
            "XDG_CACHE_HOME='" RECMAP_TEST_TMP "/cache' xvfb-run -a -s '-screen 0 1280x800x24' '" +
            std::string(RECMAP_BINARY) + "' explore " + arguments + " --size 1280x800 --frames 3 " +
            "--screenshot '" + screenshot.string() + "'",
        true);
}

fs::path shot(const std::string& name) {
    return fs::path(RECMAP_TEST_TMP) /
           ("explore-" + name + "-" + std::to_string(::getpid()) + ".png");
}

} // namespace

TEST(Explorer, HoveringACountryShowsItsStatusAndEvents) {
    const auto path = shot("hover");
    const auto result =
        explore("membership:NATO --as-of 2023-04-04 --hover 26.0,62.5 --print-details", path);
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("Finland (FIN)\nNATO: member since 2023-04-04\n2023-04-04 join"),
              std::string::npos)
        << result.output;
    EXPECT_TRUE(fs::exists(path));
}

TEST(Explorer, ScrubbingTheDateRecoloursTheMap) {
    const auto before = shot("before"), after = shot("after");
    ASSERT_EQ(explore("membership:NATO --as-of 2023-04-03", before).exitCode, 0);
    ASSERT_EQ(explore("membership:NATO --as-of 2023-04-04", after).exitCode, 0);
    const Rgb member = hexColour(0x0072B2);
    const auto membersBefore = countNear(before, member);
    const auto membersAfter = countNear(after, member);
    EXPECT_GT(membersBefore, 10000U); // the map is drawn
    EXPECT_GT(membersAfter, membersBefore + 150)
        << "Finland (about 300 pixels here) joined NATO on 2023-04-04";
}

TEST(Explorer, AScriptedScrubShowsWhatAFreshStartOnThatDateShows) {
    // The in-window path: layers drawn for 2023-04-03, then only Finland recoloured in place.
    const fs::path script =
        fs::path(RECMAP_TEST_TMP) / ("explore-script-" + std::to_string(::getpid()) + ".txt");
    std::ofstream(script) << "# scrub one day\ndate 2023-04-03\nwait 2\ndate 2023-04-04\n"
                             "hover 26.0,62.5\n";
    const auto scrubbed = shot("scrubbed"), fresh = shot("fresh");
    const auto result = explore("membership:NATO --as-of 2023-04-03 --print-details --script '" +
                                    script.string() + "'",
                                scrubbed);
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("Finland (FIN)\nNATO: member since 2023-04-04"), std::string::npos)
        << result.output;
    ASSERT_EQ(explore("membership:NATO --as-of 2023-04-04 --hover 26.0,62.5", fresh).exitCode, 0);
    EXPECT_GT(countNear(scrubbed, hexColour(0x0072B2)), 10000U);
    EXPECT_EQ(readFile(scrubbed), readFile(fresh))
        << "the recoloured window differs from a fresh one";
    fs::remove(script);
}

TEST(Explorer, HoveringKyivIn1985NamesTheSovietUnion) {
    const auto result = explore(
        "membership:UN --as-of 1985-01-01 --hover 30.52,50.45 --print-details", shot("kyiv"));
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("Ukraine (UKR)\nUkraine was part of Soviet Union on 1985-01-01"),
              std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("Soviet Union: UN: member since 1945-10-24"), std::string::npos);
    EXPECT_NE(result.output.find("Ukraine itself: UN: member since 1945-10-24"), std::string::npos);
}

TEST(Explorer, ScrubbingAcross1991SplitsTheSovietUnionLikeAFreshStart) {
    // The layers drawn for 1991 show one Soviet Union; scrubbing to 1992 moves the borders
    // (redrawn, not re-tessellated) and the window equals a fresh start on that date.
    const fs::path script =
        fs::path(RECMAP_TEST_TMP) / ("explore-1991-" + std::to_string(::getpid()) + ".txt");
    std::ofstream(script) << "date 1991-06-01\nwait 2\ndate 1992-06-01\nhover 30.52,50.45\n";
    const auto scrubbed = shot("scrub1991"), fresh = shot("fresh1992"), before = shot("in1991");
    ASSERT_EQ(explore("countries --as-of 1991-06-01 --script '" + script.string() + "'", scrubbed)
                  .exitCode,
              0);
    ASSERT_EQ(explore("countries --as-of 1992-06-01 --hover 30.52,50.45", fresh).exitCode, 0);
    ASSERT_EQ(explore("countries --as-of 1991-06-01 --hover 30.52,50.45", before).exitCode, 0);
    EXPECT_EQ(readFile(scrubbed), readFile(fresh))
        << "the scrubbed window differs from a fresh one";
    EXPECT_NE(readFile(before), readFile(fresh));
    fs::remove(script);
}

TEST(Explorer, SwitchesToTheGlobeAndTurnsIt) {
    // Japan is on the far side of a globe centred on (0, 0): it can be hovered only once the
    // globe has turned to India.
    const fs::path script =
        fs::path(RECMAP_TEST_TMP) / ("explore-globe-" + std::to_string(::getpid()) + ".txt");
    // Turning keeps the zoom (searching zoomed in); choosing the projection again shows all.
    std::ofstream(script) << "projection orthographic\nsearch india\nwait 2\nturn-globe\n"
                             "wait 2\nprojection orthographic\nwait 2\nhover 139.7,35.7\n";
    const auto path = shot("globe");
    const auto result =
        explore("recognition:XKX --print-details --script '" + script.string() + "'", path);
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("Japan (JPN)\nJapan: recognises Kosovo since 2008-03-18"),
              std::string::npos)
        << result.output;
    // Beside the globe (1280x800 window, globe 800 px across in the middle) is background,
    // where Equal Earth has the Atlantic at the equator.
    const auto beside = pixelAt(path, 100, 400);
    EXPECT_TRUE(near(beside, hexColour(0xFFFFFF), 2)) << describe(beside);
    const auto middle = pixelAt(path, 640, 400); // the globe: sea or land, not background
    EXPECT_FALSE(near(middle, hexColour(0xFFFFFF), 2)) << describe(middle);
    fs::remove(script);
}

TEST(Explorer, SavesAndExportsWhatItShows) {
    // Ctrl+S and Ctrl+E, played by a script in a fresh working directory.
    const fs::path directory = scratchDirectory("explore-export-" + std::to_string(::getpid()));
    std::ofstream(directory / "script.txt")
        << "save\nexport svg\nexport png\nexport html\nexport geojson\n";
    const auto result = explore("membership:NATO --as-of 2023-04-04 --script script.txt",
                                shot("export"), "cd '" + directory.string() + "' && ");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    std::map<std::string, fs::path> written;
    for (const auto& entry : fs::directory_iterator(directory)) {
        written[entry.path().extension().string() +
                (entry.path().filename().string().starts_with("recmap-view-") ? "view" : "")] =
            entry.path();
    }
    ASSERT_TRUE(written.contains(".txtview")) << result.output;
    ASSERT_TRUE(written.contains(".svg")) << result.output;
    ASSERT_TRUE(written.contains(".png")) << result.output;
    ASSERT_TRUE(written.contains(".html")) << result.output;
    ASSERT_TRUE(written.contains(".geojson")) << result.output;
    EXPECT_NE(readFile(written[".html"]).find("<g id=\"FIN\" class=\"entity\""), std::string::npos);
    EXPECT_NE(readFile(written[".geojson"]).find("\"code\": \"FIN\""), std::string::npos);
    // The export is the view: NATO members in the member colour; the SVG names Finland.
    EXPECT_GT(countNear(written[".png"], hexColour(0x0072B2)), 10000U);
    const std::string text = readFile(written[".svg"]);
    EXPECT_NE(text.find("id=\"FIN\""), std::string::npos);
    // The saved view opens in recmap render.
    const auto rendered = directory / "from-view-file.png";
    const auto render = runRecmap("render --view-file '" + written[".txtview"].string() +
                                  "' --size 800x400 -o '" + rendered.string() + "'");
    ASSERT_EQ(render.exitCode, 0) << render.output;
    EXPECT_GT(countNear(rendered, hexColour(0x0072B2)), 1000U);
    fs::remove_all(directory);
}

TEST(Explorer, ASavedGlobeKeepsItsCentre) {
    const fs::path directory = scratchDirectory("explore-centre-" + std::to_string(::getpid()));
    std::ofstream(directory / "script.txt")
        << "projection orthographic\nsearch india\nwait 2\nturn-globe\nwait 2\nsave\n";
    const auto result = explore("recognition:XKX --script script.txt", shot("centre"),
                                "cd '" + directory.string() + "' && ");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    std::string saved;
    for (const auto& entry : fs::directory_iterator(directory)) {
        if (entry.path().filename().string().starts_with("recmap-view-")) {
            saved = readFile(entry.path());
        }
    }
    EXPECT_NE(saved.find("projection=orthographic"), std::string::npos) << saved;
    EXPECT_NE(saved.find("center="), std::string::npos) << saved;
    fs::remove_all(directory);
}

TEST(Explorer, ABadScriptNamesTheLine) {
    const fs::path script =
        fs::path(RECMAP_TEST_TMP) / ("explore-bad-" + std::to_string(::getpid()) + ".txt");
    std::ofstream(script) << "date 2023-04-03\nfly 10,10\n";
    const auto result = runRecmap("explore --script '" + script.string() + "'");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find(script.string() + ":2: error: unknown action 'fly'"),
              std::string::npos)
        << result.output;
    fs::remove(script);
}

TEST(Explorer, WithoutADisplayItSaysSo) {
    const auto result = runCommand("env -u DISPLAY XDG_CACHE_HOME='" RECMAP_TEST_TMP "/cache' '" +
                                   std::string(RECMAP_BINARY) + "' explore countries");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find("no display"), std::string::npos) << result.output;
}

TEST(Explorer, OpensAViewFile) {
    const auto dir = fs::path(RECMAP_TEST_TMP) / ("explorer-view-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "nato.txt")
        << "view=membership:NATO\nas-of=2023-04-04\nextent=15,55,35,70\n";
    const auto result =
        explore("--view-file " + (dir / "nato.txt").string() + " --hover 26.0,62.5 --print-details",
                shot("viewfile"));
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("NATO: member since 2023-04-04"), std::string::npos)
        << result.output;
}

TEST(Explorer, TheLastViewAndTheLayoutAreRemembered) {
    const fs::path config =
        fs::path(RECMAP_TEST_TMP) / ("explore-config-" + std::to_string(::getpid()));
    fs::remove_all(config);
    const std::string remember = "--remember --hover 26.0,62.5 --print-details";
    auto first = explore("membership:NATO --as-of 2023-04-04 " + remember, shot("first"),
                         "XDG_CONFIG_HOME='" + config.string() + "' ");
    ASSERT_EQ(first.exitCode, 0) << first.output;
    EXPECT_TRUE(fs::exists(config / "recmap" / "explorer-layout.ini"));
    // No view given: the last one (view and date) opens.
    auto second = explore(remember, shot("second"), "XDG_CONFIG_HOME='" + config.string() + "' ");
    ASSERT_EQ(second.exitCode, 0) << second.output;
    EXPECT_NE(second.output.find("Finland (FIN)\nNATO: member since 2023-04-04"), std::string::npos)
        << second.output;
    // A view given wins over the remembered one.
    auto third = explore("recognition:XKX " + remember, shot("third"),
                         "XDG_CONFIG_HOME='" + config.string() + "' ");
    EXPECT_EQ(third.output.find("NATO:"), std::string::npos) << third.output;
    fs::remove_all(config);
}

TEST(Explorer, AWorldviewRedrawsDisputedTerritoriesAndTheirDetailsCiteThePositions) {
    const auto script = scratchDirectory("explore-worldview") / "script.txt";
    std::ofstream(script) << "worldview de-facto\nhover 34.1,45.2\nwait 2\n";
    const auto path = shot("worldview");
    const auto result = explore("membership:EU --as-of 2024-01-12 --extent 28,42,40,48 "
                                "--print-details --script '" +
                                    script.string() + "'",
                                path);
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("Crimea (XCR)\nDrawn as part of Russia (worldview: de facto "
                                 "administration); disputed"),
              std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("2014-03-18 de facto: part of Russia"), std::string::npos);
    EXPECT_NE(result.output.find(" UN: part of Ukraine"), std::string::npos);
    const auto bad = explore("countries --worldview nowhere", shot("bad-worldview"));
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.output.find("unknown worldview 'nowhere'"), std::string::npos) << bad.output;
}

namespace {

// How many of a grid of pixels (every `step` pixels over the box) two screenshots share.
std::pair<int, int> samePixels(const fs::path& a, const fs::path& b, int x0, int y0, int x1, int y1,
                               int step = 20) {
    int same = 0, all = 0;
    for (int y = y0; y < y1; y += step) {
        for (int x = x0; x < x1; x += step) {
            same += near(pixelAt(a, x, y), pixelAt(b, x, y), 2) ? 1 : 0;
            ++all;
        }
    }
    return {same, all};
}

} // namespace

TEST(Explorer, CompareModeShowsWhatChangedWithBothDatesInTheDetails) {
    const fs::path script =
        fs::path(RECMAP_TEST_TMP) / ("explore-compare-" + std::to_string(::getpid()) + ".txt");
    std::ofstream(script) << "compare changes 2024-01-01\nwait 2\nhover -3.70,40.42\n";
    const auto changes = shot("compare-changes"), plain = shot("compare-plain");
    const auto result = explore("recognition:PSE --as-of 2025-10-31 --print-details --script '" +
                                    script.string() + "'",
                                changes);
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("Spain (ESP)\n2024-01-01: Spain: no record Palestine; "
                                 "2025-10-31: Spain: recognises Palestine since 2024-05-28"),
              std::string::npos)
        << result.output;
    ASSERT_EQ(explore("recognition:PSE --as-of 2025-10-31", plain).exitCode, 0);
    // Gained (the positive blue) is Spain, France, the UK, Canada, Australia, ...: far fewer
    // pixels than all who recognise.
    const Rgb positive = hexColour(0x0072B2);
    const auto gained = countNear(changes, positive);
    EXPECT_GT(gained, 5000U);
    EXPECT_LT(gained * 3, countNear(plain, positive));
    fs::remove(script);
}

TEST(Explorer, SwipeShowsTheCompareDateLeftOfTheDivider) {
    const fs::path script =
        fs::path(RECMAP_TEST_TMP) / ("explore-swipe-" + std::to_string(::getpid()) + ".txt");
    std::ofstream(script) << "compare swipe 2024-01-01 0.5\nwait 2\n";
    const auto swipe = shot("swipe"), before = shot("swipe-2024"), after = shot("swipe-2025");
    ASSERT_EQ(
        explore("recognition:PSE --as-of 2025-10-31 --script '" + script.string() + "'", swipe)
            .exitCode,
        0);
    ASSERT_EQ(explore("recognition:PSE --as-of 2024-01-01", before).exitCode, 0);
    ASSERT_EQ(explore("recognition:PSE --as-of 2025-10-31", after).exitCode, 0);
    // The map clear of the panels: left of the divider (x 640) as on 2024-01-01, right as on
    // 2025-10-31; the two dates differ in both boxes (the Americas; Europe).
    const auto left = samePixels(swipe, before, 20, 100, 620, 600);
    const auto leftOther = samePixels(swipe, after, 20, 100, 620, 600);
    const auto right = samePixels(swipe, after, 650, 120, 900, 300, 10);
    const auto rightOther = samePixels(swipe, before, 650, 120, 900, 300, 10);
    // (A few antialiased border pixels where the two colour tables meet may differ.)
    EXPECT_GE(left.first * 100, left.second * 99) << left.first << " of " << left.second;
    EXPECT_GE(right.first * 100, right.second * 99) << right.first << " of " << right.second;
    EXPECT_LE(leftOther.first * 100, leftOther.second * 95)
        << leftOther.first << " of " << leftOther.second;
    EXPECT_LE(rightOther.first * 100, rightOther.second * 97)
        << rightOther.first << " of " << rightOther.second;
    fs::remove(script);
}
