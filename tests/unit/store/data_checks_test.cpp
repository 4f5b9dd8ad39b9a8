// The checks added to validate: expectations replayed against the events, sources published
// before their event, stale suspensions, diplomatic relations apart from recognition, and the
// boundary history. Each test writes one file into a copy of the small fixture.
#include "core/query.hpp"
#include "core/status.hpp"
#include "store/dataset_reader.hpp"
#include "support/test_files.hpp"

#include <fstream>
#include <gtest/gtest.h>

using namespace recmap;

namespace {

namespace fs = std::filesystem;

core::Date d(const char* text) {
    return *core::Date::parse(text);
}

// A copy of data_small named after the test, with `file` (relative) written as `text`
// (appended when `append`).
fs::path fixtureWith(const std::string& name, const std::string& file, const std::string& text,
                     bool append = false) {
    const auto dir = test::scratchDirectory(name);
    fs::copy(RECMAP_SOURCE_DIR "/tests/fixtures/data_small", dir / "data",
             fs::copy_options::recursive);
    std::ofstream(dir / "data" / file, append ? std::ios::app : std::ios::trunc) << text;
    return dir / "data";
}

std::string allFindings(const store::DatasetReadResult& result) {
    std::string text;
    for (const auto& finding : result.findings) {
        text += finding.toString() + "\n";
    }
    return text;
}

const char* expectationHeader = "kind,subject,date,scope,count,members,sources,note\n";

} // namespace

TEST(Expectations, AMatchingCountAndListPass) {
    const auto data = fixtureWith("expect_ok", "expectations.csv",
                                  std::string(expectationHeader) +
                                      "members,ORG,1990-01-01,all,2,AAA|BBB,src-one,\n"
                                      "recognisers,XXA,2008-04-01,all,2,,src-one,\n");
    const auto result = store::readDataDirectory(data);
    EXPECT_TRUE(result.findings.empty()) << allFindings(result);
}

TEST(Expectations, AContradictedListNamesWhoIsExtraAndWhoIsMissing) {
    const auto data = fixtureWith("expect_bad", "expectations.csv",
                                  std::string(expectationHeader) +
                                      "members,ORG,1990-01-01,all,2,AAA|CCC,src-one,\n"
                                      "recognisers,XXA,2008-02-20,all,2,,src-one,\n");
    const auto result = store::readDataDirectory(data);
    ASSERT_EQ(result.findings.size(), 2u) << allFindings(result);
    EXPECT_EQ(result.findings[0].toString(),
              "data/expectations.csv:2: error: members of ORG on 1990-01-01: the events give 2, "
              "the source 2; not in the source's list: BBB; missing from the events: CCC");
    EXPECT_EQ(result.findings[1].line, 3u);
    EXPECT_NE(result.findings[1].message.find("the events give 1, the source 2"),
              std::string::npos);
}

TEST(Expectations, ASubjectWithoutTwoDatesOrARecentOneIsWarned) {
    const auto today = core::Date::today();
    const auto recent = core::Date::fromDayNumber(today.dayNumber() - 30).toString();
    const auto data = fixtureWith("expect_thin", "expectations.csv",
                                  std::string(expectationHeader) +
                                      "members,ORG,1990-01-01,all,2,AAA|BBB,src-one,\n"
                                      "recognisers,XXA,2008-04-01,all,2,,src-one,\n"
                                      "recognisers,XXA," +
                                      recent + ",all,2,,src-one,\n");
    const auto result = store::readDataDirectory(data);
    std::string warnings;
    for (const auto& warning : result.warnings) {
        warnings += warning.toString() + "\n";
    }
    // ORG: one date, an old one. XXA: two, one of them recent: no warning.
    EXPECT_NE(warnings.find("data/expectations.csv: warning: members of ORG: 1 expectation "
                            "date(s), none since "),
              std::string::npos)
        << warnings;
    EXPECT_EQ(warnings.find("recognisers of XXA"), std::string::npos) << warnings;
}

TEST(Expectations, ASubjectWithOnlyRelationsEventsNeedsNoCount) {
    // BBB's file records a break of relations only: there is no recognition of BBB to count.
    const auto data = fixtureWith("expect_relations_only", "recognition/BBB.csv",
                                  "recogniser,date,event,confidence,sources,note\n"
                                  "AAA,2021-06-01,break_relations,confirmed,src-one,\n");
    std::ofstream(data / "expectations.csv")
        << expectationHeader << "recognisers,XXA,2008-04-01,all,2,,src-one,\n";
    const auto result = store::readDataDirectory(data);
    std::string warnings;
    for (const auto& warning : result.warnings) {
        warnings += warning.toString() + "\n";
    }
    EXPECT_EQ(warnings.find("recognisers of BBB"), std::string::npos) << warnings;
    EXPECT_NE(warnings.find("recognisers of XXA"), std::string::npos) << warnings;
}

TEST(Expectations, AFullMembersCountLeavesTheSuspendedOut) {
    const auto data = fixtureWith("expect_full", "membership/ORG.csv",
                                  "BBB,2014-03-24,suspend,confirmed,src-one,\n", true);
    std::ofstream(data / "expectations.csv")
        << expectationHeader << "members,ORG,2020-01-01,all,2,AAA|BBB,src-one,\n"
        << "full_members,ORG,2020-01-01,all,1,AAA,src-one,\n"
        << "full_members,ORG,2021-01-01,all,2,,src-one,\n";
    const auto result = store::readDataDirectory(data);
    ASSERT_EQ(result.findings.size(), 1u) << allFindings(result);
    EXPECT_EQ(result.findings[0].toString(),
              "data/expectations.csv:4: error: full members of ORG on 2021-01-01: the events give "
              "1, the source 2");
}

TEST(Expectations, MalformedRowsAreReportedWithTheirLine) {
    const auto data = fixtureWith("expect_malformed", "expectations.csv",
                                  std::string(expectationHeader) +
                                      "members,NOPE,1990-01-01,all,2,,src-one,\n"
                                      "members,ORG,1990-01-01,some,2,,src-one,\n"
                                      "members,ORG,1991-01-01,all,two,,src-one,\n"
                                      "members,ORG,1992-01-01,all,3,AAA|BBB,src-one,\n"
                                      "tally,ORG,1993-01-01,all,2,,src-one,\n");
    const auto result = store::readDataDirectory(data);
    const auto text = allFindings(result);
    EXPECT_NE(text.find("expectations.csv:2: error: unknown organisation code 'NOPE'"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("expectations.csv:3: error: unknown scope 'some'"), std::string::npos);
    EXPECT_NE(text.find("expectations.csv:4: error: count must be a whole number"),
              std::string::npos);
    EXPECT_NE(text.find("expectations.csv:5: error: members lists 2 entities but count is 3"),
              std::string::npos);
    EXPECT_NE(text.find("expectations.csv:6: error: unknown kind 'tally'"), std::string::npos);
}

TEST(SourceDates, ASourcePublishedBeforeItsEventFails) {
    const auto data = fixtureWith("source_dates", "recognition/XXA.csv",
                                  "AAA,2021-06-01,refuse,confirmed,src-one,\n", true);
    const auto result = store::readDataDirectory(data);
    ASSERT_EQ(result.findings.size(), 1u) << allFindings(result);
    EXPECT_EQ(result.findings[0].toString(),
              "data/recognition/XXA.csv:5: error: source 'src-one' was published 2020-01-01, "
              "before the event it supports (2021-06-01)");
}

TEST(SourceDates, AnArchiveCopyTakenAfterTheEventSupportsIt) {
    const auto dir = fixtureWith("source_archive", "recognition/XXA.csv",
                                 "AAA,2021-06-01,refuse,confirmed,src-one,\n", true);
    std::ofstream(dir / "sources.csv")
        << "id,publisher,title,url,published,accessed,note,archive_url,archived\n"
           "src-one,Ministry of Tests,\"Recognitions, a list\",https://example.org/list,2020-01-"
           "01,2026-11-23,,https://web.archive.org/web/20211201000000/https://example.org/list,"
           "2021-12-01\n"
           "src-two,Test Agency,Denial,https://example.org/denial,,2026-11-23,the other side,,\n";
    const auto result = store::readDataDirectory(dir);
    EXPECT_TRUE(result.findings.empty()) << allFindings(result);
    EXPECT_EQ(result.dataset.source("src-one")->archived->toString(), "2021-12-01");
}

TEST(SourceUrls, UnstableAddressesAreWarnedAndAHalfArchiveIsAnError) {
    const auto dir = fixtureWith("source_urls", "sources.csv", "");
    std::ofstream(dir / "sources.csv")
        << "id,publisher,title,url,published,accessed,note,archive_url,archived\n"
           "src-one,Ministry,List,http://3.127.128.221/2025/list,2020-01-01,2026-11-23,,,\n"
           "src-two,Agency,Denial,http://wiki.example:20151/A/page.html,,2026-11-23,,,\n"
           "src-three,Agency,Other,https://example.org:443/fine,,2026-11-23,,https://a.example,\n";
    const auto result = store::readDataDirectory(dir);
    std::string warnings;
    for (const auto& warning : result.warnings) {
        warnings += warning.toString() + "\n";
    }
    EXPECT_NE(warnings.find("sources.csv:2: warning: unstable url (an IP address, 3.127.128.221)"),
              std::string::npos)
        << warnings;
    EXPECT_NE(warnings.find("sources.csv:3: warning: unstable url (port 20151)"), std::string::npos)
        << warnings;
    EXPECT_EQ(warnings.find("sources.csv:4: warning: unstable"), std::string::npos) << warnings;
    EXPECT_NE(
        allFindings(result).find("sources.csv:4: error: archive_url and archived go together"),
        std::string::npos)
        << allFindings(result);
}

TEST(StaleSuspensions, AnOldOpenSuspensionWithoutARecentSourceIsWarned) {
    const auto data = fixtureWith("stale_suspension", "membership/ORG.csv",
                                  "BBB,2010-01-01,suspend,confirmed,src-one,\n", true);
    const auto result = store::readDataDirectory(data);
    EXPECT_TRUE(result.findings.empty()) << allFindings(result);
    ASSERT_EQ(result.warnings.size(), 1u);
    EXPECT_EQ(result.warnings[0].toString(),
              "data/membership/ORG.csv:4: warning: suspension of BBB from ORG open since "
              "2010-01-01 with no source from the last year confirming it (cite one, or record "
              "the reinstatement)");
}

TEST(Relations, ABreakKeepsRecognitionAndIsItsOwnState) {
    const auto data = fixtureWith("relations", "recognition/XXA.csv",
                                  "BBB,2019-05-01,break_relations,confirmed,src-one,\n"
                                  "BBB,2019-12-01,restore_relations,confirmed,src-one,\n",
                                  true);
    const auto result = store::readDataDirectory(data);
    ASSERT_TRUE(result.findings.empty()) << allFindings(result);
    const auto& dataset = result.dataset;
    const auto during = core::recognitionStatus(dataset, "XXA", "BBB", d("2019-06-01"));
    EXPECT_EQ(during.status, core::RecognitionStatus::Recognises);
    EXPECT_TRUE(during.relationsBroken());
    EXPECT_EQ(during.decisive->date.toString(), "2008-02-18");
    EXPECT_FALSE(core::recognitionStatus(dataset, "XXA", "BBB", d("2020-01-01")).relationsBroken());
    // The predicate sees the break from either side.
    const core::CompiledQuery fromBbb("relations_broken(XXA)", dataset);
    const core::CompiledQuery fromXxa("relations_broken(BBB)", dataset);
    EXPECT_TRUE(fromBbb.matches(*dataset.entity("BBB"), d("2019-06-01")));
    EXPECT_TRUE(fromXxa.matches(*dataset.entity("XXA"), d("2019-06-01")));
    EXPECT_FALSE(fromBbb.matches(*dataset.entity("BBB"), d("2020-01-01")));
}

TEST(Relations, APresumedRecognitionStaysPresumedThroughABreak) {
    const auto data = fixtureWith("relations_presumed", "recognition/AAA.csv",
                                  "recogniser,date,event,confidence,sources,note\n"
                                  "BBB,2019-05-01,break_relations,confirmed,src-one,\n");
    const auto result = store::readDataDirectory(data);
    ASSERT_TRUE(result.findings.empty()) << allFindings(result);
    const auto state = core::recognitionStatus(result.dataset, "AAA", "BBB", d("2019-06-01"));
    EXPECT_EQ(state.status, core::RecognitionStatus::Presumed);
    EXPECT_TRUE(state.relationsBroken());
}

TEST(BoundaryHistory, RowsAreReadAndDecideWhoHoldsAFeature) {
    const auto data = fixtureWith("history_ok", "boundary_history.csv",
                                  "boundary_key,entity,role,from,to,sources,note\n"
                                  "724,AAA,part,,1975-11-20,src-one,Betaland inside Alphaland\n"
                                  "724,AAA,annexed,1980,1981,src-one,\n");
    const auto result = store::readDataDirectory(data);
    ASSERT_TRUE(result.findings.empty()) << allFindings(result);
    const auto& dataset = result.dataset;
    ASSERT_EQ(dataset.boundaryHoldings().size(), 2u);
    const auto* before = dataset.holdingOn("BBB", d("1975-11-19"));
    ASSERT_NE(before, nullptr);
    EXPECT_EQ(before->holder, "AAA");
    EXPECT_EQ(dataset.holdingOn("BBB", d("1975-11-20")), nullptr); // `to` is exclusive
    ASSERT_NE(dataset.holdingOn("BBB", d("1980-06-01")), nullptr);
    EXPECT_EQ(dataset.holdingOn("BBB", d("1980-06-01"))->role,
              core::BoundaryHolding::Role::Annexed);
    EXPECT_EQ(dataset.holdingOn("AAA", d("1970-01-01")), nullptr);
}

TEST(BoundaryHistory, BadRowsAreReportedWithTheirLine) {
    const auto data = fixtureWith("history_bad", "boundary_history.csv",
                                  "boundary_key,entity,role,from,to,sources,note\n"
                                  "999,AAA,part,,1975,src-one,\n"
                                  "724,AAA,owned,,1975,src-one,\n"
                                  "724,AAA,part,1990,1980,src-one,\n"
                                  "724,XXA,part,2000,2001,src-one,\n"
                                  "724,AAA,part,,1975,src-one,\n"
                                  "724,AAA,part,1970,1976,src-one,\n");
    const auto text = allFindings(store::readDataDirectory(data));
    EXPECT_NE(text.find("boundary_history.csv:2: error: boundary_key '999' is no entity's"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("boundary_history.csv:3: error: unknown role 'owned'"), std::string::npos);
    EXPECT_NE(text.find("boundary_history.csv:4: error: to (1980) must be after from (1990)"),
              std::string::npos);
    EXPECT_NE(text.find("boundary_history.csv:5: error: XXA exists from 2008-02-17"),
              std::string::npos);
    EXPECT_NE(text.find("boundary_history.csv:7: error: '724' is held by AAA at line 6"),
              std::string::npos);
}

TEST(Presumption, AFirstRecognitionBetweenUnMembersIsWarnedAsContradictingThePresumption) {
    const auto data = fixtureWith("presumption", "recognition/AAA.csv",
                                  "recogniser,date,event,confidence,sources,note\n"
                                  "BBB,2000-05-01,recognise,confirmed,src-one,\n");
    const auto result = store::readDataDirectory(data);
    EXPECT_TRUE(result.findings.empty()) << allFindings(result);
    ASSERT_EQ(result.warnings.size(), 1u);
    EXPECT_EQ(result.warnings[0].toString(),
              "data/recognition/AAA.csv: warning: 1 recognitions of AAA are presumed before "
              "their recorded date, both sides being UN members: BBB (2000-05-01) (record a "
              "sourced 'refuse' for the time before where one exists)");
    // A refusal on record before it answers the warning.
    const auto answered = fixtureWith("presumption_answered", "recognition/AAA.csv",
                                      "recogniser,date,event,confidence,sources,note\n"
                                      "BBB,1990-01-01,refuse,confirmed,src-one,\n"
                                      "BBB,2000-05-01,recognise,confirmed,src-one,\n");
    EXPECT_TRUE(store::readDataDirectory(answered).warnings.empty());
}

TEST(FatalFiles, AnEmptyEntityFileStopsTheFollowOnErrors) {
    const auto data = fixtureWith("empty_entities", "entities.csv", "");
    const auto result = store::readDataDirectory(data);
    ASSERT_EQ(result.findings.size(), 2U) << allFindings(result);
    EXPECT_EQ(result.findings[0].toString(),
              "data/entities.csv: error: empty file: a header row is required");
    EXPECT_NE(result.findings[1].message.find("the other data files were not checked"),
              std::string::npos);
}

TEST(FatalFiles, AnInvalidByteInTheEntitiesStopsTheFollowOnErrors) {
    const auto data = fixtureWith("bad_byte_entities", "entities.csv", "\xff", true);
    const auto result = store::readDataDirectory(data);
    EXPECT_LE(result.findings.size(), 3U) << allFindings(result);
    EXPECT_NE(allFindings(result).find("invalid UTF-8"), std::string::npos) << allFindings(result);
}
