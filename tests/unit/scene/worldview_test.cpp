#include "core/error.hpp"
#include "scene/worldview.hpp"
#include "unit/scene/test_dataset.hpp"

#include <gtest/gtest.h>

using namespace recmap;
using namespace recmap::scene;

namespace {

using test::d;
using test::entity;

// OLD administers PEN until 2014; NEW takes it then. The UN keeps it with OLD; NEW says it is
// NEW's; FAR has recognised NEW's claim since 2019. BRK is a breakaway state claimed by OLD,
// recognised by FAR.
core::Dataset dataset() {
    core::Dataset data;
    for (const char* code : {"OLD", "NEW", "FAR"}) {
        data.addEntity(entity(code, core::EntityKind::UnMember));
    }
    data.addEntity(entity("PEN", core::EntityKind::Territory, {"OLD", "NEW"}));
    data.addEntity(entity("BRK", core::EntityKind::PartiallyRecognised, {"OLD"}));
    auto position = [&](const char* worldview, const char* from, const char* drawnAs) {
        data.addTerritoryPosition({"PEN",
                                   worldview,
                                   from ? std::optional(d(from)) : std::nullopt,
                                   drawnAs,
                                   {"s"},
                                   "",
                                   {}});
    };
    position("un", nullptr, "OLD");
    position("de-facto", "2014-03-18", "NEW");
    position("de-facto", nullptr, "OLD");
    position("NEW", "2014-03-18", "NEW");
    position("FAR", "2019-03-25", "NEW");
    data.addRecognition({"BRK",
                         "FAR",
                         d("2008-02-18"),
                         core::RecognitionAction::Recognise,
                         core::Confidence::Confirmed,
                         {"s"},
                         "",
                         {}});
    data.finalise();
    return data;
}

std::optional<TerritoryDrawing> drawing(const core::Dataset& data, const char* code,
                                        const char* worldview, const char* date) {
    return territoryDrawing(data, *data.entity(code), parseWorldview(worldview, data), d(date));
}

} // namespace

TEST(Worldview, EachWorldviewDrawsTheTerritoryAsItsPositionSays) {
    const auto data = dataset();
    EXPECT_EQ(drawing(data, "PEN", "un", "2020-01-01")->drawnAs, "OLD");
    EXPECT_EQ(drawing(data, "PEN", "de-facto", "2020-01-01")->drawnAs, "NEW");
    EXPECT_EQ(drawing(data, "PEN", "NEW", "2020-01-01")->drawnAs, "NEW");
    EXPECT_EQ(drawing(data, "PEN", "FAR", "2020-01-01")->drawnAs, "NEW");
    EXPECT_TRUE(drawing(data, "PEN", "un", "2020-01-01")->disputed);
    EXPECT_EQ(drawing(data, "PEN", "un", "2020-01-01")->positions.size(), 4U);
}

TEST(Worldview, PositionsTakeEffectOnTheirDate) {
    const auto data = dataset();
    const auto before = drawing(data, "PEN", "de-facto", "2014-03-17");
    EXPECT_EQ(before->drawnAs, "OLD");
    EXPECT_FALSE(before->disputed); // every position in force agrees
    EXPECT_EQ(drawing(data, "PEN", "de-facto", "2014-03-18")->drawnAs, "NEW");
    // FAR's position holds from 2019; before that FAR is shown the UN's map.
    EXPECT_EQ(drawing(data, "PEN", "FAR", "2018-12-31")->drawnAs, "OLD");
    // A state with no position of its own (OLD here) falls back to the UN's.
    EXPECT_EQ(drawing(data, "PEN", "OLD", "2020-01-01")->drawnAs, "OLD");
}

TEST(Worldview, AStateSeesWhatItClaimsAndDoesNotRecogniseAsItsOwn) {
    const auto data = dataset();
    EXPECT_FALSE(drawing(data, "BRK", "un", "2020-01-01"));  // drawn as itself
    EXPECT_FALSE(drawing(data, "BRK", "FAR", "2020-01-01")); // FAR recognises it
    const auto claimant = drawing(data, "BRK", "OLD", "2020-01-01");
    ASSERT_TRUE(claimant);
    EXPECT_EQ(claimant->drawnAs, "OLD");
    EXPECT_TRUE(claimant->disputed);
    EXPECT_FALSE(drawing(data, "OLD", "OLD", "2020-01-01")); // states are drawn as themselves
}

TEST(Worldview, ApplyingItRestylesAndHatchesDisputedTerritoriesAndNamesTheWorldview) {
    const auto data = dataset();
    MapScene scene;
    scene.styleByEntity["OLD"] = {rgb(0xEEEEEE), rgb(0xEEEEEE), false};
    scene.styleByEntity["NEW"] = {rgb(0x222222), rgb(0x222222), false};
    scene.styleByEntity["PEN"] = {rgb(0x123456), rgb(0x123456), false};
    scene.categoryOf["OLD"] = "Light";
    scene.categoryOf["NEW"] = "Dark";
    applyWorldview(scene, data, parseWorldview("un", data), d("2020-01-01"));
    const auto un = scene.styleOf("PEN");
    EXPECT_EQ(un.fill, rgb(0xEEEEEE));
    EXPECT_TRUE(un.hatched);
    EXPECT_EQ(un.hatch, scene.border); // dark stripes on a light fill
    EXPECT_EQ(scene.categoryOf["PEN"], "Light");
    ASSERT_FALSE(scene.legend.empty());
    EXPECT_EQ(scene.legend.back().label, "Disputed territory (worldview: UN resolutions)");

    MapScene other;
    other.styleByEntity = {{"OLD", {rgb(0xEEEEEE), rgb(0xEEEEEE), false}},
                           {"NEW", {rgb(0x222222), rgb(0x222222), false}}};
    applyWorldview(other, data, parseWorldview("de-facto", data), d("2020-01-01"));
    EXPECT_EQ(other.styleOf("PEN").fill, rgb(0x222222));
    EXPECT_NE(other.styleOf("PEN").hatch, other.border); // light stripes on a dark fill
    EXPECT_EQ(other.legend.back().label, "Disputed territory (worldview: de facto administration)");
}

TEST(Worldview, UnknownWorldviewsAreUsageErrors) {
    const auto data = dataset();
    EXPECT_THROW((void)parseWorldview("nobody", data), core::UsageError);
    EXPECT_EQ(parseWorldview("Name of FAR", data).key(), "FAR");
    EXPECT_EQ(parseWorldview("de-facto", data).key(), "de-facto");
}
