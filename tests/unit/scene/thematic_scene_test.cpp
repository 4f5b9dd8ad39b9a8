#include "core/error.hpp"
#include "core/query.hpp"
#include "scene/thematic_scene.hpp"
#include "unit/scene/test_dataset.hpp"

#include <gtest/gtest.h>

using namespace recmap;
using namespace recmap::scene;

namespace {

using test::d;
using test::entity;

core::Dataset dataset() {
    core::Dataset data;
    data.addEntity(entity("AAA", core::EntityKind::UnMember));
    data.addEntity(entity("BBB", core::EntityKind::UnMember));
    data.addEntity(entity("CCC", core::EntityKind::UnMember));
    data.addEntity(entity("DDD", core::EntityKind::UnMember));
    data.addEntity(entity("XXA", core::EntityKind::PartiallyRecognised, {"AAA"}));
    data.addEntity(entity("TER", core::EntityKind::Territory, {"BBB"}));
    for (const char* code : {"ORG", "TWO"}) {
        core::Organisation org;
        org.code = code;
        org.name = std::string("Organisation ") + code;
        data.addOrganisation(org);
    }
    auto recognition = [&](const char* who, const char* date, core::RecognitionAction action,
                           core::Confidence confidence = core::Confidence::Confirmed) {
        data.addRecognition({"XXA", who, d(date), action, confidence, {"s"}, "", {}});
    };
    recognition("BBB", "2008-02-18", core::RecognitionAction::Recognise);
    recognition("CCC", "2008-02-18", core::RecognitionAction::Recognise);
    recognition("CCC", "2010-01-01", core::RecognitionAction::Withdraw);
    recognition("DDD", "2009-01-01", core::RecognitionAction::Recognise);
    recognition("DDD", "2019-01-01", core::RecognitionAction::Withdraw, core::Confidence::Disputed);
    auto membership = [&](const char* org, const char* who) {
        data.addMembership({org,
                            who,
                            d("2000-01-01"),
                            core::MembershipAction::Join,
                            core::Confidence::Confirmed,
                            {"s"},
                            "",
                            {}});
    };
    membership("ORG", "AAA");
    membership("ORG", "BBB");
    membership("TWO", "BBB");
    membership("TWO", "CCC");
    data.finalise();
    return data;
}

const LegendEntry* entry(const MapScene& scene, const std::string& label) {
    for (const auto& e : scene.legend) {
        if (e.label == label) {
            return &e;
        }
    }
    return nullptr;
}

} // namespace

TEST(ThematicScene, RecognitionViewCategoriesAndCounts) {
    const auto data = dataset();
    const auto palette = *paletteNamed("okabe-ito");
    const auto scene =
        thematicScene(data, ViewSpec::parse("recognition:XXA"), d("2020-01-01"), palette);
    EXPECT_EQ(scene.title, "Recognition of Name of XXA, 1 January 2020");
    EXPECT_EQ(scene.styleOf("XXA").fill, palette.subject);
    EXPECT_EQ(scene.styleOf("AAA").fill, palette.claimant);
    EXPECT_EQ(scene.styleOf("BBB").fill, palette.positive);
    EXPECT_EQ(scene.styleOf("CCC").fill, palette.negative);
    const auto disputed = scene.styleOf("DDD");
    EXPECT_TRUE(disputed.hatched);
    EXPECT_EQ(disputed.fill, palette.positive);
    EXPECT_EQ(disputed.hatch, palette.caution);
    EXPECT_EQ(scene.styleOf("TER"), scene.styleOf("BBB")); // the sovereign's foreign policy
    EXPECT_EQ(scene.categoryOf.at("TER"), "Recognises");   // toggled with it in the explorer
    EXPECT_EQ(scene.categoryOf.at("CCC"), "Recognition withdrawn");
    ASSERT_NE(entry(scene, "Recognises"), nullptr);
    EXPECT_EQ(entry(scene, "Recognises")->count, 1);
    EXPECT_EQ(entry(scene, "Recognises")->unMembers, 1);
    EXPECT_EQ(entry(scene, "Recognition withdrawn")->count, 1);
    EXPECT_EQ(entry(scene, "No recognition recorded"), nullptr); // empty categories are left out
    EXPECT_TRUE(scene.unmarked.contains("TER"));
}

TEST(ThematicScene, ObserverViewLooksFromTheOtherSide) {
    const auto data = dataset();
    const auto palette = *paletteNamed("okabe-ito");
    const auto scene =
        thematicScene(data, ViewSpec::parse("observer:BBB"), d("2020-01-01"), palette);
    EXPECT_EQ(scene.styleOf("BBB").fill, palette.subject);
    EXPECT_EQ(scene.styleOf("XXA").fill, palette.positive);
    EXPECT_EQ(scene.styleOf("AAA").fill, palette.presumed); // UN members, no record
}

TEST(ThematicScene, MembershipViewsAndTerritories) {
    const auto data = dataset();
    const auto palette = *paletteNamed("okabe-ito");
    const auto one =
        thematicScene(data, ViewSpec::parse("membership:org"), d("2020-01-01"), palette);
    EXPECT_EQ(one.styleOf("AAA").fill, palette.positive);
    EXPECT_EQ(one.styleOf("CCC").fill, palette.none);
    EXPECT_EQ(one.styleOf("TER").fill, palette.absent); // memberships are not inherited
    EXPECT_NE(entry(one, "Dependent territory (not counted)"), nullptr);
    EXPECT_TRUE(one.unmarked.contains("CCC")); // no marker for a non-member

    const auto two =
        thematicScene(data, ViewSpec::parse("membership:ORG,TWO"), d("2020-01-01"), palette);
    const auto both = two.styleOf("BBB");
    EXPECT_TRUE(both.hatched);
    EXPECT_EQ(both.fill, palette.series[0]);
    EXPECT_EQ(both.hatch, palette.series[1]);
    EXPECT_EQ(two.styleOf("AAA").fill, palette.series[0]);
    EXPECT_EQ(two.styleOf("CCC").fill, palette.series[1]);
    EXPECT_EQ(entry(two, "ORG and TWO")->count, 1);
    EXPECT_EQ(two.legend.back().label, "Dependent territory (not counted)");
}

TEST(ThematicScene, WhereViewHighlightsMatches) {
    const auto data = dataset();
    const auto palette = *paletteNamed("okabe-ito");
    const auto scene =
        thematicScene(data, ViewSpec::parse("where:member(ORG) and not recognises(XXA)"),
                      d("2020-01-01"), palette);
    EXPECT_EQ(scene.styleOf("AAA").fill, palette.positive);
    EXPECT_EQ(scene.styleOf("BBB").fill, palette.none);
    EXPECT_EQ(entry(scene, "Matches")->count, 1);
}

TEST(ThematicScene, BadViewsAreUsageErrors) {
    const auto data = dataset();
    const auto palette = *paletteNamed("okabe-ito");
    EXPECT_THROW((void)ViewSpec::parse("recognition"), core::UsageError);
    EXPECT_THROW((void)ViewSpec::parse("flags:FRA"), core::UsageError);
    EXPECT_THROW((void)thematicScene(data, ViewSpec::parse("recognition:Atlantis"), d("2020-01-01"),
                                     palette),
                 core::UsageError);
    EXPECT_THROW(
        (void)thematicScene(data, ViewSpec::parse("membership:NOPE"), d("2020-01-01"), palette),
        core::UsageError);
    EXPECT_THROW(
        (void)thematicScene(data, ViewSpec::parse("where:member(ORG"), d("2020-01-01"), palette),
        core::QueryError);
}
