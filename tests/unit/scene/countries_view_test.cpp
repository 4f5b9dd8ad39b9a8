#include "scene/countries_view.hpp"

#include <gtest/gtest.h>

using namespace recmap::scene;

TEST(CountriesView, NeighboursNeverShareAColour) {
    // A wheel: a hub bordering a ring of six, each ring member bordering the next.
    std::vector<std::string> codes{"HUB", "AAA", "BBB", "CCC", "DDD", "EEE", "FFF"};
    std::vector<std::pair<uint32_t, uint32_t>> adjacency;
    for (uint32_t i = 1; i <= 6; ++i) {
        adjacency.emplace_back(0, i);
        adjacency.emplace_back(i, i % 6 + 1);
    }
    const auto scene = countriesScene(codes, adjacency);
    for (const auto& [a, b] : adjacency) {
        EXPECT_NE(scene.fillOf(codes[a]), scene.fillOf(codes[b])) << codes[a] << "-" << codes[b];
    }
}

TEST(CountriesView, UnmatchedBoundariesKeepTheNeutralFill) {
    const auto scene = countriesScene({"FRA", "?Atlantis"}, {{0, 1}});
    EXPECT_EQ(scene.fillOf("?Atlantis"), scene.unknownFill);
    EXPECT_NE(scene.fillOf("FRA"), scene.unknownFill);
}

TEST(CountriesView, IsDeterministic) {
    std::vector<std::string> codes{"AAA", "BBB", "CCC"};
    std::vector<std::pair<uint32_t, uint32_t>> adjacency{{0, 1}, {1, 2}};
    const auto first = countriesScene(codes, adjacency);
    const auto second = countriesScene(codes, adjacency);
    for (const auto& code : codes) {
        EXPECT_EQ(first.fillOf(code), second.fillOf(code));
    }
}
