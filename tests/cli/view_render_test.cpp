// The thematic views through the binary: colours at known cities on a GeoTIFF, legend counts
// against query counts, SVG structure, PNG metadata.

#include "support/okabe_ito.hpp"
#include "support/raster_probe.hpp"
#include "support/run_command.hpp"
#include "support/test_files.hpp"

#include <cpl_minixml.h>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <sstream>
#include <unistd.h>

using namespace recmap::test;
namespace fs = std::filesystem;

namespace {

using namespace okabe_ito;

fs::path render(const std::string& view, const std::string& date, const std::string& extension,
                const std::string& extra = "") {
    const auto map =
        renderMap("'" + view + "' --as-of " + date + " --size 2048x1024 " + extra, extension);
    EXPECT_EQ(map.result.exitCode, 0) << map.result.output;
    return map.path;
}

struct City {
    const char* name;
    double lon, lat;
};
const City paris{"Paris", 2.35, 48.86}, berlin{"Berlin", 13.40, 52.52},
    madrid{"Madrid", -3.70, 40.42}, belgrade{"Belgrade", 20.46, 44.82},
    moscow{"Moscow", 37.62, 55.76}, jyvaskyla{"Jyvaskyla", 25.75, 62.24},
    beijing{"Beijing", 116.40, 39.90}, ottawa{"Ottawa", -75.70, 45.42};

void expectColour(const fs::path& raster, const City& city, const Rgb& expected) {
    const auto seen = colourAt(raster, city.lon, city.lat);
    EXPECT_TRUE(near(seen, expected))
        << city.name << " is " << describe(seen) << ", expected " << describe(expected);
}

size_t csvRows(const std::string& csv) {
    size_t rows = 0;
    std::istringstream lines(csv);
    for (std::string line; std::getline(lines, line);) {
        rows += !line.empty() && !line.starts_with("code,") ? 1 : 0;
    }
    return rows;
}

} // namespace

TEST(ViewRender, RecognitionOfKosovoOnTheDayOfTheSeedFact) {
    const auto tif = render("recognition:XKX", "2024-01-12", ".tif");
    expectColour(tif, paris, positive);
    expectColour(tif, berlin, positive);
    expectColour(tif, madrid, refused);
    expectColour(tif, belgrade, claimant);
    expectColour(tif, moscow, refused);
    expectColour(tif, beijing, refused);           // on record (data/recognition/XKX.csv)
    const auto kosovo = colourAt(tif, 20.9, 42.6); // a few pixels: the marker sits on it
    EXPECT_TRUE(near(kosovo, subject) || near(kosovo, border, 40)) << describe(kosovo);
}

TEST(ViewRender, NatoMembershipBeforeAndAfterFinland) {
    const auto before = render("membership:NATO", "2023-04-03", ".tif");
    const auto after = render("membership:NATO", "2023-04-04", ".tif");
    expectColour(before, jyvaskyla, none);
    expectColour(after, jyvaskyla, positive);
    expectColour(after, paris, positive);
    expectColour(after, ottawa, positive);
    expectColour(after, moscow, none);
}

TEST(ViewRender, WhereQueryHighlightsTheMatches) {
    const auto tif = render("where:member(NATO) and not recognises(XKX)", "2024-01-12", ".tif");
    expectColour(tif, madrid, positive);
    expectColour(tif, paris, none);
    expectColour(tif, moscow, none);
}

TEST(ViewRender, LegendCountsEqualQueryCounts) {
    const auto svg = render("recognition:XKX", "2024-01-12", ".svg");
    const std::string text = readFile(svg);
    const auto count = [&](const std::string& label) {
        const auto at = text.find(">" + label + ": ");
        EXPECT_NE(at, std::string::npos) << label;
        return std::stoul(text.substr(at + label.size() + 3));
    };
    const auto recognisers =
        runRecmap("query recognisers XKX --as-of 2024-01-12 --format csv", false);
    EXPECT_EQ(count("Recognises") + count("Recognises; withdrawal disputed"),
              csvRows(recognisers.output));
    const auto members = runRecmap("query members NATO --as-of 2024-03-08 --format csv", false);
    const auto nato = render("membership:NATO", "2024-03-08", ".svg");
    const std::string natoText = readFile(nato);
    EXPECT_NE(natoText.find(">Member: " + std::to_string(csvRows(members.output)) + "<"),
              std::string::npos);
}

TEST(ViewRender, SvgIsValidXmlWithOneGroupPerEntity) {
    const auto svg = render("recognition:XKX", "2024-01-12", ".svg");
    const std::string text = readFile(svg);
    CPLXMLNode* root = CPLParseXMLString(text.c_str());
    ASSERT_NE(root, nullptr) << "not well-formed XML";
    const CPLXMLNode* svgNode = CPLGetXMLNode(root, "=svg");
    ASSERT_NE(svgNode, nullptr);
    const CPLXMLNode* entities = nullptr;
    for (const CPLXMLNode* child = svgNode->psChild; child; child = child->psNext) {
        if (child->eType == CXT_Element && std::string(child->pszValue) == "g" &&
            std::string(CPLGetXMLValue(child, "id", "")) == "entities") {
            entities = child;
        }
    }
    ASSERT_NE(entities, nullptr);
    std::set<std::string> ids;
    size_t groups = 0;
    for (const CPLXMLNode* child = entities->psChild; child; child = child->psNext) {
        if (child->eType == CXT_Element && std::string(child->pszValue) == "g") {
            ++groups;
            ids.insert(CPLGetXMLValue(child, "id", ""));
            EXPECT_NE(CPLGetXMLNode(child, "path"), nullptr);
        }
    }
    EXPECT_EQ(ids.size(), groups); // ids are unique
    for (const char* code : {"FRA", "SRB", "XKX", "TWN", "ESH", "XNC", "XSL"}) {
        EXPECT_TRUE(ids.contains(code)) << code;
    }
    EXPECT_GT(groups, 200U);
    CPLDestroyXMLNode(root);
}

TEST(ViewRender, PngCarriesTitleDateAndSources) {
    const auto png = render("recognition:XKX", "2024-01-12", ".png");
    const auto info = runCommand("gdalinfo '" + png.string() + "'");
    EXPECT_NE(info.output.find("Title=Recognition of Kosovo, 12 January 2024"), std::string::npos)
        << info.output;
    EXPECT_NE(info.output.find("as of 2024-01-12"), std::string::npos);
    EXPECT_NE(info.output.find("sources behind this map"), std::string::npos);
    EXPECT_NE(info.output.find("Software=recmap"), std::string::npos);
}

TEST(ViewRender, UnknownViewsPalettesAndNamesAreUsageErrors) {
    for (const char* args : {"render flags:FRA -o x.png", "render recognition:Atlantis -o x.png",
                             "render membership:NATO -o x.png --palette rainbow",
                             "render 'where:member(NATO' -o x.png"}) {
        EXPECT_EQ(runRecmap(args).exitCode, 2) << args;
    }
}

TEST(ViewRender, AnimationWritesAFramePerEvent) {
    const auto dir = scratchDirectory("animation-" + std::to_string(::getpid()));
    const auto result = runRecmap(
        "render membership:NATO --from 1949-01-01 --to 1990-12-31 --step event --size 320x160 -o " +
        (dir / "nato.png").string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    // 1949-01-01 (before the treaty), 1949-04-04, 1952, 1955 and 1982 enlargements.
    EXPECT_NE(result.output.find("5 frames from 1949-01-01 to 1982-05-30"), std::string::npos)
        << result.output;
    for (int i = 1; i <= 5; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "nato-%04d.png", i);
        EXPECT_TRUE(fs::exists(dir / name)) << name;
    }
    EXPECT_FALSE(fs::exists(dir / "nato-0006.png"));
    const auto yearly =
        runRecmap("render membership:NATO --from 2000 --to 2004 --step 2y --size 320x160 -o " +
                  (dir / "yearly.png").string());
    ASSERT_EQ(yearly.exitCode, 0) << yearly.output;
    EXPECT_TRUE(fs::exists(dir / "yearly-0003.png"));
    EXPECT_FALSE(fs::exists(dir / "yearly-0004.png"));
    EXPECT_EQ(runRecmap("render membership:NATO --from 2004 --to 2000 -o x.png").exitCode, 2);
    EXPECT_EQ(runRecmap("render membership:NATO --from 2000 --to 2004 --step weekly -o " +
                        (dir / "w.png").string())
                  .exitCode,
              2);
}

TEST(ViewRender, LabelsNameTheEntities) {
    const auto svg = render("membership:NATO", "2024-03-08", ".svg", "--labels");
    const std::string text = readFile(svg);
    for (const char* name : {">Russia<", ">China<", ">Brazil<", ">Australia<"}) {
        EXPECT_NE(text.find(name), std::string::npos) << name;
    }
    EXPECT_NE(text.find("paint-order=\"stroke\""), std::string::npos); // the halo
    const auto without = render("membership:NATO", "2024-03-08", ".svg");
    const std::string plainText = readFile(without);
    EXPECT_EQ(plainText.find(">Russia<"), std::string::npos);
}

TEST(ViewRender, SmallSubjectsGetAnInset) {
    const auto kosovo = render("recognition:XKX", "2024-01-12", ".svg");
    const std::string text = readFile(kosovo);
    EXPECT_NE(text.find("<g id=\"inset\""), std::string::npos);
    EXPECT_NE(text.find("<g id=\"inset-XKX\""), std::string::npos);
    EXPECT_NE(text.find(">Kosovo</text>"), std::string::npos);
    // An observer view has no single subject to zoom on.
    const auto russia = render("observer:RUS", "2024-01-12", ".svg");
    const std::string russiaText = readFile(russia);
    EXPECT_EQ(russiaText.find("<g id=\"inset\""), std::string::npos);
}

TEST(ViewRender, ViewFilesOpenInRenderAndExplicitOptionsWin) {
    const auto dir = scratchDirectory("viewfile-" + std::to_string(::getpid()));
    std::ofstream(dir / "balkans.txt") << "# recmap view\nview=recognition:XKX\nas-of=2024-01-12\n"
                                          "projection=equal-earth\nextent=10,38,30,48\n";
    const std::string size = " --size 600x400 --no-graticule";
    ASSERT_EQ(runRecmap("render --view-file " + (dir / "balkans.txt").string() + size + " -o " +
                        (dir / "from-file.png").string())
                  .exitCode,
              0);
    ASSERT_EQ(runRecmap("render recognition:XKX --as-of 2024-01-12 --extent 10,38,30,48" + size +
                        " -o " + (dir / "explicit.png").string())
                  .exitCode,
              0);
    const std::string first = readFile(dir / "from-file.png"),
                      second = readFile(dir / "explicit.png");
    EXPECT_FALSE(first.empty());
    EXPECT_EQ(first, second);
    // An option given on the command line wins over the file's.
    const auto later =
        render("recognition:XKX", "2024-01-12", ".svg",
               "--view-file " + (dir / "balkans.txt").string() + " --as-of 2010-01-01");
    const std::string text = readFile(later);
    EXPECT_NE(text.find("1 January 2010"), std::string::npos);
    std::ofstream(dir / "bad.txt") << "view=countries\nzoom=3\n";
    const auto bad = runRecmap("render --view-file " + (dir / "bad.txt").string() + " -o " +
                               (dir / "x.png").string());
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.output.find("bad.txt:2: error: unknown key 'zoom'"), std::string::npos)
        << bad.output;
}

TEST(ViewRender, ExtentShowsARegion) {
    const auto tif = render("recognition:XKX", "2024-01-12", ".tif", "--extent 10,38,30,48");
    expectColour(tif, belgrade, claimant);
    expectColour(tif, City{"Sofia", 23.32, 42.70}, positive);
    expectColour(tif, City{"Bucharest", 26.10, 44.43}, refused);
    EXPECT_EQ(runRecmap("render countries --extent 10,48,30,38 -o x.png").exitCode, 2);
}
