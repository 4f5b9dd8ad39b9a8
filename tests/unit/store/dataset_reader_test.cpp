#include "core/error.hpp"
#include "core/status.hpp"
#include "store/dataset_reader.hpp"

#include <gtest/gtest.h>
#include <map>

using namespace recmap;

namespace {

const std::string fixtures = RECMAP_SOURCE_DIR "/tests/fixtures/";

} // namespace

TEST(DatasetReader, ReadsAValidDirectory) {
    const auto result = store::readDataDirectory(fixtures + "data_small");
    EXPECT_TRUE(result.findings.empty());
    const auto& data = result.dataset;
    EXPECT_EQ(data.entities().size(), 4U);
    EXPECT_EQ(data.recognitionEvents().size(), 3U);
    ASSERT_NE(data.entity("break away republic"), nullptr);
    EXPECT_EQ(data.entity("Q4")->code, "XXA");
    EXPECT_EQ(data.organisation("to")->code, "ORG");
    const auto& event = data.recognitionEvents().front();
    EXPECT_EQ(event.origin.file, "data_small/recognition/XXA.csv");
    EXPECT_EQ(event.origin.line, 2U);
    EXPECT_TRUE(
        core::recognitionStatus(data, "XXA", "CCC", *core::Date::parse("2020-01-01")).recognises());
}

TEST(DatasetReader, ReportsEveryKindOfErrorWithFileAndLine) {
    const auto result = store::readDataDirectory(fixtures + "data_broken");
    std::multimap<std::string, std::string> found;
    for (const auto& finding : result.findings) {
        found.emplace(finding.file + ":" + std::to_string(finding.line), finding.message);
    }
    auto has = [&](const std::string& where, const std::string& text) {
        auto [first, last] = found.equal_range(where);
        for (auto it = first; it != last; ++it) {
            if (it->second.find(text) != std::string::npos) {
                return true;
            }
        }
        return false;
    };
    const std::string file = "data_broken/recognition/XXA.csv:";
    EXPECT_TRUE(has(file + "2", "unknown entity 'ZZZ'"));
    EXPECT_TRUE(has(file + "3", "impossible date '2008-02-30'"));
    EXPECT_TRUE(has(file + "4", "unknown event 'recognize-ish'"));
    EXPECT_TRUE(has(file + "5", "unknown confidence 'maybe'"));
    EXPECT_TRUE(has(file + "6", "missing source"));
    EXPECT_TRUE(has(file + "7", "unknown source id 'nope'"));
    EXPECT_TRUE(has(file + "8", "before XXA existed"));
    EXPECT_TRUE(has(file + "10", "duplicate event"));
    EXPECT_TRUE(has(file + "12", "contradictory events on the same day"));
    EXPECT_TRUE(has(file + "13", "disputed event cites both sides"));
    EXPECT_TRUE(has(file + "14", "expected 6 fields, found 3"));
    EXPECT_TRUE(has(file + "15", "stray double quote"));
    EXPECT_TRUE(has(file + "16", "cannot recognise itself"));
    EXPECT_TRUE(has(file + "17", "none of the cited sources has a URL"));
    EXPECT_TRUE(has("data_broken/recognition/QQQ.csv:0", "unknown entity 'QQQ'"));
    EXPECT_TRUE(has("data_broken/sources.csv:3", "duplicate source id 'src-one'"));
    EXPECT_TRUE(has("data_broken/sources.csv:4", "impossible date '2024-13-01'"));
    EXPECT_TRUE(has("data_broken/notes/XXA.csv:2", "invalid UTF-8"));
    EXPECT_TRUE(has("data_broken/membership/ORG.csv:3", "without a prior join"));
    EXPECT_TRUE(
        has("data_broken/derived_boundaries.csv:2", "no entity has boundary_key 'Nowhere'"));
    EXPECT_TRUE(has("data_broken/derived_boundaries.csv:3", "unknown rule 'sideways'"));
    EXPECT_TRUE(has("data_broken/worldviews.csv:3", "duplicate position of XXA for worldview un"));
    EXPECT_TRUE(has("data_broken/worldviews.csv:4", "unknown entity code 'everyone'"));
    EXPECT_TRUE(has("data_broken/worldviews.csv:5", "territory: unknown entity code 'ZZZ'"));
    EXPECT_EQ(result.findings.size(), 24U);
    // Rows with errors are left out; the good ones stay.
    EXPECT_EQ(result.dataset.recognitionEvents().size(), 2U); // lines 9 and 11 are sound
}

TEST(DatasetReader, AMissingDirectoryIsAnInputError) {
    EXPECT_THROW((void)store::readDataDirectory(fixtures + "no_such_dir"), core::InputError);
}
