#include "scene/legend_toggles.hpp"

#include <gtest/gtest.h>

using namespace recmap::scene;

namespace {

MapScene twoCategories() {
    MapScene scene;
    const EntityStyle blue{rgb(0x0072B2), rgb(0x0072B2), false};
    const EntityStyle hatched{rgb(0x0072B2), rgb(0xE69F00), true};
    scene.legend = {{"Recognises", blue, 2}, {"Withdrawal disputed", hatched, 1}};
    scene.styleByEntity = {{"AAA", blue}, {"BBB", blue}, {"CCC", hatched}, {"TER", blue}};
    scene.categoryOf = {{"AAA", "Recognises"},
                        {"BBB", "Recognises"},
                        {"CCC", "Withdrawal disputed"},
                        {"TER", "Recognises"}};
    return scene;
}

} // namespace

TEST(LegendToggles, AHiddenCategoryIsDrawnInTheHiddenFillAndKeepsItsCount) {
    auto scene = twoCategories();
    hideCategories(scene, {"Withdrawal disputed"});
    EXPECT_EQ(scene.styleOf("CCC").fill, scene.hiddenFill);
    EXPECT_FALSE(scene.styleOf("CCC").hatched);
    EXPECT_EQ(scene.styleOf("AAA").fill, rgb(0x0072B2));
    EXPECT_TRUE(scene.legend[1].hidden);
    EXPECT_FALSE(scene.legend[0].hidden);
    EXPECT_EQ(scene.legend[1].count, 1);
}

TEST(LegendToggles, TerritoriesFollowTheirSovereignsCategory) {
    auto scene = twoCategories();
    hideCategories(scene, {"Recognises"});
    for (const char* code : {"AAA", "BBB", "TER"}) {
        EXPECT_EQ(scene.styleOf(code).fill, scene.hiddenFill) << code;
    }
    EXPECT_TRUE(scene.styleOf("CCC").hatched);
}

TEST(LegendToggles, NothingHiddenChangesNothing) {
    auto scene = twoCategories();
    hideCategories(scene, {});
    EXPECT_EQ(scene.styleOf("CCC").hatch, rgb(0xE69F00));
    EXPECT_FALSE(scene.legend[0].hidden);
}
