// Maps of past dates from the repository's data: the states that existed then, at known cities,
// and legend counts equal to query counts on those dates.
#include "support/raster_probe.hpp"
#include "support/run_command.hpp"
#include "support/test_files.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>

using namespace recmap::test;
namespace fs = std::filesystem;

namespace {

struct City {
    const char* name;
    double lon, lat;
};
// Central Slovakia rather than Bratislava, whose pixel at 2048 px is on the antialiased edge of
// the Austrian and Hungarian borders.
const City prague{"Prague", 14.42, 50.09}, banskaBystrica{"Banska Bystrica", 19.15, 48.74},
    moscow{"Moscow", 37.62, 55.76}, kyiv{"Kyiv", 30.52, 50.45}, tashkent{"Tashkent", 69.24, 41.30},
    belgrade{"Belgrade", 20.46, 44.82}, zagreb{"Zagreb", 15.98, 45.81},
    khartoum{"Khartoum", 32.53, 15.50}, juba{"Juba", 31.58, 4.85};

fs::path render(const std::string& view, const std::string& date) {
    const auto map = renderMap(view + " --as-of " + date + " --size 2048x1024", ".tif");
    EXPECT_EQ(map.result.exitCode, 0) << map.result.output;
    return map.path;
}

bool sameFill(const fs::path& raster, const City& a, const City& b) {
    return near(colourAt(raster, a.lon, a.lat), colourAt(raster, b.lon, b.lat));
}

// The count the SVG legend gives a category ("Member: 159"), -1 when absent.
int legendCount(const fs::path& svg, const std::string& label) {
    const auto text = readFile(svg);
    const auto at = text.find(">" + label + ": ");
    return at == std::string::npos ? -1 : std::stoi(text.substr(at + label.size() + 3));
}

} // namespace

TEST(HistoricalMaps, CzechoslovakiaIsOneStateIn1985AndTwoIn2000) {
    const auto in1985 = render("countries", "1985-01-01");
    EXPECT_TRUE(sameFill(in1985, prague, banskaBystrica));
    const auto in2000 = render("countries", "2000-01-01");
    EXPECT_FALSE(sameFill(in2000, prague, banskaBystrica));
}

TEST(HistoricalMaps, TheSovietUnionAndYugoslaviaAreOneFillUntilTheySplit) {
    const auto in1985 = render("countries", "1985-01-01");
    EXPECT_TRUE(sameFill(in1985, moscow, kyiv));
    EXPECT_TRUE(sameFill(in1985, moscow, tashkent));
    EXPECT_TRUE(sameFill(in1985, belgrade, zagreb));
    const auto in1995 = render("countries", "1995-01-01");
    EXPECT_FALSE(sameFill(in1995, moscow, kyiv));
    EXPECT_FALSE(sameFill(in1995, belgrade, zagreb));
}

TEST(HistoricalMaps, SouthSudanIsPartOfSudanIn2005) {
    EXPECT_TRUE(sameFill(render("countries", "2005-01-01"), khartoum, juba));
    EXPECT_FALSE(sameFill(render("countries", "2012-01-01"), khartoum, juba));
}

TEST(HistoricalMaps, TheUnOf1985DrawsTheSovietUnionAsAMember) {
    const auto map = render("membership:UN", "1985-01-01");
    const Rgb member = hexColour(0x0072B2);
    for (const auto& city : {moscow, kyiv, tashkent, prague, belgrade}) {
        EXPECT_TRUE(near(colourAt(map, city.lon, city.lat), member))
            << city.name << " is " << describe(colourAt(map, city.lon, city.lat));
    }
}

TEST(HistoricalMaps, LegendCountsEqualQueryCountsOnPastDates) {
    for (const char* date : {"1960-01-01", "1985-01-01", "1992-06-01", "2005-01-01"}) {
        const auto svg = renderMap(std::string("membership:UN --as-of ") + date, ".svg");
        ASSERT_EQ(svg.result.exitCode, 0) << svg.result.output;
        const auto members =
            runRecmap(std::string("query members UN --format csv --as-of ") + date, false);
        std::istringstream lines(members.output);
        int rows = -1; // the header
        for (std::string line; std::getline(lines, line);) {
            rows += line.empty() ? 0 : 1;
        }
        EXPECT_EQ(legendCount(svg.path, "Member"), rows) << date;
    }
}

TEST(HistoricalMaps, LeipzigJoinsBonnInNatoWithReunification) {
    const City leipzig{"Leipzig", 12.37, 51.34}, bonn{"Bonn", 7.10, 50.73};
    EXPECT_FALSE(sameFill(render("membership:NATO", "1985-01-01"), leipzig, bonn));
    EXPECT_TRUE(sameFill(render("membership:NATO", "1991-01-01"), leipzig, bonn));
}

TEST(HistoricalMaps, YemenAndVietnamAreTwoStatesBeforeTheirUnions) {
    const City sanaa{"Sanaa", 44.21, 15.35}, aden{"Ataq", 46.83, 14.54},
        hanoi{"Hanoi", 105.85, 21.03}, saigon{"Saigon", 106.70, 10.78};
    const auto in1985 = render("countries", "1985-01-01");
    EXPECT_FALSE(sameFill(in1985, sanaa, aden));
    EXPECT_TRUE(sameFill(render("countries", "1995-01-01"), sanaa, aden));
    EXPECT_FALSE(sameFill(render("countries", "1965-01-01"), hanoi, saigon));
    EXPECT_TRUE(sameFill(in1985, hanoi, saigon));
}
