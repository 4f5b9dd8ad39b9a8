// The dataset commands through the real binary: validate, build-db, query, sources.

#include "support/run_command.hpp"
#include "support/test_files.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <set>
#include <sstream>

using namespace recmap::test;
namespace fs = std::filesystem;

namespace {

const std::string fixtures = RECMAP_SOURCE_DIR "/tests/fixtures/";

// The first CSV column of every data row (the header and notes on stderr left out).
std::set<std::string> codes(const std::string& csv) {
    std::set<std::string> result;
    std::istringstream lines(csv);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && !line.starts_with("code,") &&
            line.find(": note:") == std::string::npos) {
            result.insert(line.substr(0, line.find(',')));
        }
    }
    return result;
}

fs::path copyOfSmallData(const std::string& name) {
    const fs::path dir = scratchDirectory("dataset_cli_" + name);
    fs::copy(fixtures + "data_small", dir / "data", fs::copy_options::recursive);
    return dir;
}

} // namespace

TEST(DatasetCli, TheRepositoryDataValidates) {
    const auto result = runRecmap("validate");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find(": ok: "), std::string::npos);
}

TEST(DatasetCli, ValidateReportsAllErrorsCompilerStyle) {
    const auto result = runRecmap("validate --data " + fixtures + "data_broken");
    EXPECT_EQ(result.exitCode, 1);
    const std::regex line(R"(data_broken/[a-z/A-Z_]+\.csv(:[0-9]+)?: error: .+)");
    size_t matching = 0;
    std::istringstream lines(result.output);
    for (std::string text; std::getline(lines, text);) {
        matching += std::regex_match(text, line) ? 1 : 0;
    }
    EXPECT_EQ(matching, 24U) << result.output;
    EXPECT_NE(result.output.find("24 errors"), std::string::npos);
}

TEST(DatasetCli, NatoMembersNotRecognisingKosovo) {
    const auto result = runRecmap(
        "query where 'member(NATO) and not recognises(XKX)' --as-of 2024-01-12 --format csv");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(codes(result.output), (std::set<std::string>{"ESP", "GRC", "ROU", "SVK"}));
}

TEST(DatasetCli, NatoHas32MembersAfterSwedenJoined) {
    const auto result = runRecmap("query members NATO --as-of 2024-03-08 --format csv");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const auto members = codes(result.output);
    EXPECT_EQ(members.size(), 32U);
    EXPECT_TRUE(members.contains("SWE"));
    EXPECT_EQ(codes(runRecmap("query members NATO --as-of 2024-03-06 --format csv").output).size(),
              31U);
}

TEST(DatasetCli, NamesResolveThroughAnyAlias) {
    const auto byCode =
        runRecmap("query recognisers XKX --as-of 2020-01-01 --format csv", false).output;
    EXPECT_GT(codes(byCode).size(), 90U);
    EXPECT_EQ(runRecmap("query recognisers Kosovo --as-of 2020-01-01 --format csv", false).output,
              byCode);
    EXPECT_EQ(runRecmap("query recognisers q1246 --as-of 2020-01-01 --format csv", false).output,
              byCode);
    EXPECT_EQ(codes(runRecmap("query members 'north atlantic treaty organization' --as-of "
                              "2024-03-08 --format csv")
                        .output)
                  .size(),
              32U);
}

TEST(DatasetCli, JsonHasCodeNameAndQid) {
    const auto result = runRecmap("query members NATO --as-of 2024-03-08 --format json");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find(
                  R"({"code": "FRA", "name": "France", "qid": "Q142", "status": "member")"),
              std::string::npos)
        << result.output.substr(0, 400);
    EXPECT_EQ(result.output.front(), '[');
}

TEST(DatasetCli, StatusShowsTheEventsAndTheirSources) {
    const auto result = runRecmap("query status XKX FRA --as-of 2024-01-12");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(
        result.output.find("France (FRA) on 2024-01-12: recognises Kosovo (XKX) since 2008-02-18"),
        std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("https://"), std::string::npos);
    const auto presumed = runRecmap("query status FRA DEU --as-of 2024-01-12");
    EXPECT_NE(presumed.output.find("presumed"), std::string::npos) << presumed.output;
}

TEST(DatasetCli, QuerySyntaxErrorsNameTheColumn) {
    const auto result = runRecmap("query where 'member(NATO) and and' --as-of 2024-01-12");
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.output.find("query:18: error:"), std::string::npos) << result.output;
    const auto unknown = runRecmap("query where 'member(WARSAW_PACT)'");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.output.find("query:8: error: unknown organisation 'WARSAW_PACT'"),
              std::string::npos)
        << unknown.output;
    EXPECT_EQ(runRecmap("query recognisers Atlantis").exitCode, 2);
    EXPECT_EQ(runRecmap("query members NATO --as-of 2024-02-30").exitCode, 2);
}

TEST(DatasetCli, SourcesListsTheCitationsBehindASubject) {
    const auto result = runRecmap("sources NATO --format csv");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("nato-"), std::string::npos);
    EXPECT_EQ(result.output.find("xkx-"), std::string::npos);
}

TEST(DatasetCli, BuildDbIsAGeoPackageAndAtomic) {
    const auto dir = copyOfSmallData("build_db");
    const auto database = dir / "out.gpkg";
    const auto built =
        runRecmap("build-db --data " + (dir / "data").string() + " -o " + database.string());
    ASSERT_EQ(built.exitCode, 0) << built.output;
    const auto layers = runCommand("ogrinfo -ro -q '" + database.string() + "'");
    ASSERT_EQ(layers.exitCode, 0) << layers.output;
    for (const char* layer : {"entities (Multi Polygon)", "organisations", "sources",
                              "recognition_events", "membership_events", "subject_notes"}) {
        EXPECT_NE(layers.output.find(layer), std::string::npos) << layers.output;
    }
    const auto before = readFile(database);
    std::ofstream(dir / "data" / "recognition" / "XXA.csv", std::ios::app)
        << "AAA,2009-02-30,recognise,confirmed,src-one,\n";
    const auto failed =
        runRecmap("build-db --data " + (dir / "data").string() + " -o " + database.string());
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_NE(failed.output.find("data/recognition/XXA.csv:5: error:"), std::string::npos)
        << failed.output;
    EXPECT_EQ(readFile(database), before);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()),
              2); // data/ and out.gpkg
}

TEST(DatasetCli, CommandsRebuildTheDatabaseWhenDataChanges) {
    const auto dir = copyOfSmallData("rebuild");
    const std::string data = " --data " + (dir / "data").string();
    const std::string cache = (dir / "cache").string(); // fresh: no database yet
    auto query = [&] {
        return runRecmap("query recognisers XXA --as-of 2020-01-01 --format csv" + data, true,
                         cache);
    };
    const auto first = query();
    ASSERT_EQ(first.exitCode, 0) << first.output;
    EXPECT_NE(first.output.find("building the database from"), std::string::npos);
    EXPECT_EQ(codes(first.output), (std::set<std::string>{"BBB", "CCC"}));
    // Answered by `recmap` itself (the database is current), not handed over to recmap-full.
    const auto again = query();
    EXPECT_EQ(again.output.find("rebuilding"), std::string::npos) << again.output;
    EXPECT_EQ(codes(again.output), (std::set<std::string>{"BBB", "CCC"}));
    std::ofstream(dir / "data" / "recognition" / "XXA.csv", std::ios::app)
        << "AAA,2019-05-05,recognise,confirmed,src-one,\n";
    const auto changed = query();
    EXPECT_NE(changed.output.find("rebuilding"), std::string::npos);
    EXPECT_EQ(codes(changed.output), (std::set<std::string>{"AAA", "BBB", "CCC"}));
}

TEST(DatasetCli, WorldviewsListThePositionsOnADisputedTerritoryWithTheirSources) {
    const auto after = runRecmap("query worldviews Crimea --as-of 2024-01-12", false);
    ASSERT_EQ(after.exitCode, 0) << after.output;
    EXPECT_NE(after.output.find("Crimea (XCR) on 2024-01-12: UN worldview UKR, de facto RUS; "
                                "disputed"),
              std::string::npos)
        << after.output;
    const auto before = runRecmap("query worldviews XCR --as-of 2013-01-01 --format csv", false);
    ASSERT_EQ(before.exitCode, 0) << before.output;
    EXPECT_NE(before.output.find("de-facto,,UKR,yes,cr-reuters-treaty-2014"), std::string::npos)
        << before.output;
    EXPECT_NE(before.output.find("de-facto,2014-03-18,RUS,no,"), std::string::npos);
    // The Chagos Archipelago is Mauritian for the UN from resolution 73/295 (22 May 2019).
    const auto chagos =
        runRecmap("query worldviews 'Chagos Archipelago' --as-of 2019-05-22", false);
    EXPECT_NE(chagos.output.find("(IOT) on 2019-05-22: UN worldview MUS, de facto GBR; disputed"),
              std::string::npos)
        << chagos.output;
}
