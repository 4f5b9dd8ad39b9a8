// The change view's changelog over the repository's dataset equals the difference of two
// `recognisers` answers, for every recognition subject and a set of date pairs: what the change
// map calls gained (or lost) is exactly who started (or stopped) recognising.

#include "core/status.hpp"
#include "scene/comparison_scene.hpp"
#include "store/dataset_reader.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <set>

using namespace recmap;

namespace {

std::set<std::string> recognisers(const core::Dataset& dataset, const std::string& subject,
                                  const core::Date& date) {
    std::set<std::string> codes;
    for (const auto* entity : core::recognisersOf(dataset, subject, date)) {
        codes.insert(entity->code);
    }
    return codes;
}

std::set<std::string> minus(const std::set<std::string>& a, const std::set<std::string>& b) {
    std::set<std::string> difference;
    for (const auto& code : a) {
        if (!b.contains(code)) {
            difference.insert(code);
        }
    }
    return difference;
}

} // namespace

TEST(Changelog, EqualsTheDifferenceOfTwoRecogniserLists) {
    auto result = store::readDataDirectory(RECMAP_SOURCE_DIR "/data");
    ASSERT_TRUE(result.findings.empty()) << result.findings.front().toString();
    const auto& dataset = result.dataset;
    const auto palette = *scene::paletteNamed("okabe-ito");
    const std::pair<const char*, const char*> pairs[] = {{"1990-01-01", "2000-06-30"},
                                                         {"2008-01-01", "2012-06-30"},
                                                         {"2019-01-01", "2025-10-31"},
                                                         {"2024-01-01", "2026-12-01"}};
    size_t subjects = 0;
    size_t changes = 0;
    for (const auto& file :
         std::filesystem::directory_iterator(RECMAP_SOURCE_DIR "/data/recognition")) {
        const auto subject = file.path().stem().string();
        ++subjects;
        for (const auto& [first, second] : pairs) {
            const auto from = *core::Date::parse(first);
            const auto to = *core::Date::parse(second);
            std::set<std::string> gained;
            std::set<std::string> lost;
            for (const auto& change :
                 scene::categoryChanges(dataset, scene::ViewSpec::parse("recognition:" + subject),
                                        from, to, palette)) {
                const bool was = scene::isPositiveCategory(change.before);
                const bool is = scene::isPositiveCategory(change.after);
                if (is && !was) {
                    gained.insert(change.code);
                }
                if (was && !is) {
                    lost.insert(change.code);
                }
                changes += change.change == "Unchanged" ? 0 : 1;
            }
            const auto before = recognisers(dataset, subject, from);
            const auto after = recognisers(dataset, subject, to);
            EXPECT_EQ(gained, minus(after, before)) << subject << " " << first << " " << second;
            EXPECT_EQ(lost, minus(before, after)) << subject << " " << first << " " << second;
        }
    }
    EXPECT_GE(subjects, 16U);
    EXPECT_GT(changes, 100U); // the pairs do change things
}
