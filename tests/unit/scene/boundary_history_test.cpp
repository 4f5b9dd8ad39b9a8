#include "scene/boundary_history.hpp"
#include "scene/palette.hpp"
#include "scene/view_scene.hpp"
#include "unit/scene/test_dataset.hpp"

#include <gtest/gtest.h>

using namespace recmap;
using namespace recmap::scene;

namespace {

using test::d;
using test::entity;

// UNI (a union, 1950-1990) held the features of EST and WST; WST's feature became DEP's, a
// dependency of WST until 1960; ANX was annexed by UNI 1970-1990. ORG: UNI and WST members.
core::Dataset dataset() {
    core::Dataset data;
    auto add = [&](const char* code, core::EntityKind kind, const char* from, const char* to,
                   const char* key) {
        auto e = entity(code, kind);
        if (from) {
            e.existsFrom = d(from);
        }
        if (to) {
            e.existsTo = d(to);
        }
        e.boundaryKey = key ? key : "";
        data.addEntity(std::move(e));
    };
    add("UNI", core::EntityKind::Historical, "1950-01-01", "1990-01-01", nullptr);
    add("EST", core::EntityKind::UnMember, "1990-01-01", nullptr, "k-est");
    add("WST", core::EntityKind::UnMember, nullptr, nullptr, "k-wst");
    add("DEP", core::EntityKind::UnMember, "1960-01-01", nullptr, "k-dep");
    add("ANX", core::EntityKind::UnMember, nullptr, nullptr, "k-anx");
    core::Organisation org;
    org.code = "ORG";
    org.name = "Organisation";
    data.addOrganisation(org);
    for (const char* member : {"UNI", "WST"}) {
        data.addMembership({"ORG",
                            member,
                            d("1955-01-01"),
                            core::MembershipAction::Join,
                            core::Confidence::Confirmed,
                            {"s"},
                            "",
                            {}});
    }
    using Role = core::BoundaryHolding::Role;
    auto hold = [&](const char* key, const char* holder, Role role, const char* from,
                    const char* to) {
        data.addBoundaryHolding({key,
                                 holder,
                                 role,
                                 from ? std::optional(d(from)) : std::nullopt,
                                 to ? std::optional(d(to)) : std::nullopt,
                                 {"s"},
                                 "",
                                 {}});
    };
    hold("k-est", "UNI", Role::Part, "1950-01-01", "1990-01-01");
    hold("k-wst", "UNI", Role::Part, "1950-01-01", "1990-01-01");
    hold("k-dep", "WST", Role::Dependency, nullptr, "1960-01-01");
    hold("k-anx", "UNI", Role::Annexed, "1970-01-01", "1990-01-01");
    data.finalise();
    return data;
}

const std::vector<std::string> slots{"EST", "WST", "DEP", "ANX"};
const std::vector<std::pair<uint32_t, uint32_t>> neighbours{{0, 1}, {1, 2}, {1, 3}};

MapScene sceneOn(const core::Dataset& data, const char* view, const char* date) {
    return viewScene(data, ViewSpec::parse(view), d(date), *paletteNamed("okabe-ito"), Worldview{},
                     {slots, neighbours});
}

} // namespace

TEST(BoundaryHistory, SlotsAreDrawnAsTheirHolderOnTheDate) {
    const auto data = dataset();
    const auto in1980 = sceneOn(data, "membership:ORG", "1980-01-01");
    EXPECT_EQ(in1980.holderOfSlot("EST"), "UNI");
    EXPECT_EQ(in1980.holderOfSlot("WST"), "UNI");
    EXPECT_EQ(in1980.styleOf("EST"), in1980.styleOf("UNI"));
    EXPECT_EQ(in1980.categoryOf.at("EST"), "Member");
    // After the union, each slot is its own entity again.
    const auto in1995 = sceneOn(data, "membership:ORG", "1995-01-01");
    EXPECT_EQ(in1995.holderOfSlot("EST"), "EST");
    EXPECT_EQ(in1995.categoryOf.at("EST"), "Not a member");
    EXPECT_EQ(in1995.categoryOf.at("WST"), "Member");
}

TEST(BoundaryHistory, ADependencyIsDrawnAsATerritoryOfItsAdministrator) {
    const auto data = dataset();
    const auto membership = sceneOn(data, "membership:ORG", "1955-06-01");
    EXPECT_EQ(membership.holderOfSlot("DEP"), "WST");
    EXPECT_EQ(membership.categoryOf.at("DEP"), membership.dependentLabel);
    EXPECT_EQ(membership.styleOf("DEP"), membership.dependentStyle);
}

TEST(BoundaryHistory, AnAnnexationIsHatchedAndNamedInTheLegend) {
    const auto data = dataset();
    const auto scene = sceneOn(data, "membership:ORG", "1980-01-01");
    EXPECT_TRUE(scene.styleOf("ANX").hatched);
    EXPECT_EQ(scene.styleOf("ANX").fill, scene.styleOf("UNI").fill);
    EXPECT_EQ(scene.legend.back().label, "Annexed; the annexation not recognised by many states");
    EXPECT_FALSE(sceneOn(data, "membership:ORG", "1960-01-01").styleOf("ANX").hatched);
}

TEST(BoundaryHistory, TheCountriesViewColoursHoldersAndGreysWhatDidNotExist) {
    const auto data = dataset();
    const auto scene = sceneOn(data, "countries", "1980-01-01");
    EXPECT_EQ(scene.styleOf("EST"), scene.styleOf("WST")); // one union, one fill
    const auto later = sceneOn(data, "countries", "1995-01-01");
    EXPECT_NE(later.styleOf("EST").fill, later.styleOf("WST").fill); // neighbours differ
    // DEP before 1960 is WST's (a holder), so coloured; nothing is left unheld here, but an
    // entity that did not exist and had no holder takes the neutral fill.
    EXPECT_EQ(sceneOn(data, "countries", "1945-01-01").styleOf("EST").fill, MapScene{}.unknownFill);
}

TEST(BoundaryHistory, LegendCountsAreTheEntitiesOfTheDate) {
    const auto data = dataset();
    const auto scene = sceneOn(data, "membership:ORG", "1980-01-01");
    ASSERT_FALSE(scene.legend.empty());
    EXPECT_EQ(scene.legend.front().label, "Member");
    EXPECT_EQ(scene.legend.front().count, 2); // UNI and WST, not the slots drawn as them
}
