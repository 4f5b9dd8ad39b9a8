// Disputed territories through the binary: the colour at places inside Crimea, the Golan and
// the Moroccan-held part of Western Sahara follows --worldview; the hatch and the legend say so.

#include "support/okabe_ito.hpp"
#include "support/raster_probe.hpp"
#include "support/run_command.hpp"
#include "support/test_files.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace recmap::test;
namespace fs = std::filesystem;

namespace {

using namespace okabe_ito;
const Rgb darkStripe = border; // the stripes of a disputed territory on a light fill

fs::path render(const std::string& view, const std::string& date, const std::string& worldview,
                const std::string& extent, const std::string& extension = ".tif") {
    const auto map = renderMap("'" + view + "' --as-of " + date + " --worldview " + worldview +
                                   " --extent " + extent + " --size 1024x768 --no-graticule",
                               extension);
    EXPECT_EQ(map.result.exitCode, 0) << map.result.output;
    return map.path;
}

// How many of the 7x7 points in a box of +-`radius` degrees around (lon, lat) have `colour`:
// a hatched area shows both its fill and its stripes.
int pointsNear(const fs::path& raster, double lon, double lat, const Rgb& colour,
               double radius = 0.1) {
    int count = 0;
    for (int i = -3; i <= 3; ++i) {
        for (int j = -3; j <= 3; ++j) {
            count +=
                near(colourAt(raster, lon + i * radius / 3, lat + j * radius / 3), colour) ? 1 : 0;
        }
    }
    return count;
}

} // namespace

TEST(WorldviewRender, CrimeaIsUkrainianForTheUnAndRussianDeFacto) {
    const char* blackSea = "28,42,40,48";
    const double lon = 34.1, lat = 45.2; // the steppe north of Simferopol
    // EU membership on 2024-01-12: Ukraine a candidate, Russia not a member.
    const auto un = render("membership:EU", "2024-01-12", "un", blackSea);
    EXPECT_GT(pointsNear(un, lon, lat, candidate), 10);
    EXPECT_EQ(pointsNear(un, lon, lat, none), 0);
    EXPECT_GT(pointsNear(un, lon, lat, darkStripe, 0.1), 3); // hatched: disputed
    const auto deFacto = render("membership:EU", "2024-01-12", "de-facto", blackSea);
    EXPECT_GT(pointsNear(deFacto, lon, lat, none), 10);
    EXPECT_EQ(pointsNear(deFacto, lon, lat, candidate), 0);
    EXPECT_EQ(pointsNear(deFacto, 33.5, 47.3, candidate), 49); // mainland Ukraine
    const auto russia = render("membership:EU", "2024-01-12", "RUS", blackSea);
    EXPECT_GT(pointsNear(russia, lon, lat, none), 10);
    // Before the annexation every worldview agrees: Ukraine's, no hatch.
    const auto before = render("membership:EU", "2013-06-01", "de-facto", blackSea);
    EXPECT_EQ(pointsNear(before, lon, lat, none), 49);
}

TEST(WorldviewRender, TheGolanIsSyrianForTheUnAndIsraeliDeFactoAndForTheUnitedStates) {
    const char* levant = "33.5,31,37.5,34.5";
    const double lon = 35.78, lat = 33.0; // the Golan plateau
    const auto un = render("recognition:ISR", "2024-01-12", "un", levant);
    EXPECT_GT(pointsNear(un, lon, lat, refused, 0.05), 10); // Syria: does not recognise Israel
    EXPECT_EQ(pointsNear(un, lon, lat, subject, 0.05), 0);
    EXPECT_EQ(pointsNear(un, 35.53, 32.80, subject, 0.03), 49); // Tiberias: Israel itself
    const auto deFacto = render("recognition:ISR", "2024-01-12", "de-facto", levant);
    EXPECT_GT(pointsNear(deFacto, lon, lat, subject, 0.05), 10);
    EXPECT_EQ(pointsNear(deFacto, lon, lat, refused, 0.05), 0);
    const auto usaBefore = render("recognition:ISR", "2019-03-24", "USA", levant);
    EXPECT_GT(pointsNear(usaBefore, lon, lat, refused, 0.05), 10);
    const auto usaAfter = render("recognition:ISR", "2019-03-25", "USA", levant);
    EXPECT_GT(pointsNear(usaAfter, lon, lat, subject, 0.05), 10);
}

TEST(WorldviewRender, MoroccanHeldWesternSaharaFollowsTheWorldview) {
    const char* maghreb = "-18,20,-1,36";
    const double lon = -12.9, lat = 27.15; // Laayoune
    // UN membership: Morocco a member, the SADR not.
    const auto un = render("membership:UN", "2024-01-12", "un", maghreb);
    EXPECT_GT(pointsNear(un, lon, lat, none, 0.3), 10);
    EXPECT_EQ(pointsNear(un, lon, lat, positive, 0.3), 0);
    const auto deFacto = render("membership:UN", "2024-01-12", "de-facto", maghreb);
    EXPECT_GT(pointsNear(deFacto, lon, lat, positive, 0.3), 10);
    EXPECT_EQ(pointsNear(deFacto, lon, lat, none, 0.3), 0);
    EXPECT_EQ(pointsNear(deFacto, -8.0, 31.63, positive, 0.3), 49); // Marrakesh: Morocco itself
    // North of 27 deg 40 min N is Morocco in every worldview.
    EXPECT_EQ(pointsNear(un, -11.0, 28.3, positive, 0.2), 49);
}

TEST(WorldviewRender, AStateSeesWhatItClaimsAsItsOwn) {
    // UN membership: Serbia a member, Kosovo not; as Serbia sees it Kosovo is Serbia.
    const char* balkans = "18,40,24,46";
    const double lon = 20.9, lat = 42.6;
    const auto un = render("membership:UN", "2024-01-12", "un", balkans);
    EXPECT_GT(pointsNear(un, lon, lat, none, 0.2), 10);
    EXPECT_EQ(pointsNear(un, lon, lat, positive, 0.2), 0);
    const auto serbia = render("membership:UN", "2024-01-12", "Serbia", balkans);
    EXPECT_GT(pointsNear(serbia, lon, lat, positive, 0.2), 10);
    EXPECT_EQ(pointsNear(serbia, lon, lat, none, 0.2), 0);
}

TEST(WorldviewRender, TheLegendAndMetadataNameTheWorldview) {
    const auto svg = render("membership:EU", "2024-01-12", "de-facto", "28,42,40,48", ".svg");
    EXPECT_NE(readFile(svg).find("Disputed territory (worldview: de facto administration)"),
              std::string::npos);
    const auto png = render("membership:EU", "2024-01-12", "USA", "28,42,40,48", ".png");
    EXPECT_NE(readFile(png).find("worldview USA"), std::string::npos);
    // A view file keeps the worldview.
    const auto dir = scratchDirectory("worldview-file-" + std::to_string(::getpid()));
    std::ofstream(dir / "golan.txt") << "view=recognition:ISR\nas-of=2024-01-12\nworldview=USA\n";
    const auto fromFile = runRecmap("render --view-file " + (dir / "golan.txt").string() +
                                    " --size 400x200 -o " + (dir / "golan.svg").string());
    ASSERT_EQ(fromFile.exitCode, 0) << fromFile.output;
    EXPECT_NE(readFile(dir / "golan.svg").find("Disputed territory (worldview: United States)"),
              std::string::npos);
    const auto bad = runRecmap("render countries --worldview nowhere -o /tmp/never.png");
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.output.find("unknown worldview 'nowhere'"), std::string::npos) << bad.output;
    EXPECT_FALSE(fs::exists("/tmp/never.png"));
}
