#include "app/camera.hpp"
#include "app/explorer_model.hpp"
#include "app/view_suggestions.hpp"

#include <gtest/gtest.h>

using namespace recmap;

namespace {

// Two unit squares: AAA on [0,1]x[0,1], BBB on [2,3]x[0,1]; BBB has a hole holding CCC.
geo::MapMesh mesh() {
    geo::MapMesh mesh;
    mesh.entityCodes = {"AAA", "BBB", "CCC"};
    auto ring = [&](uint32_t entity, float x0, float y0, float size) {
        mesh.rings.push_back(
            {entity,
             {{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}}});
    };
    ring(0, 0, 0, 1);
    ring(1, 2, 0, 1);
    ring(1, 2.4f, 0.4f, 0.2f); // the hole
    ring(2, 2.4f, 0.4f, 0.2f); // the enclave
    mesh.entityAreas = {1.0, 0.96, 0.04};
    mesh.entityAnchors = {{0.5f, 0.5f}, {2.2f, 0.5f}, {2.5f, 0.5f}};
    mesh.bounds = {0, 0, 3, 1};
    return mesh;
}

std::unique_ptr<core::Dataset> dataset() {
    auto data = std::make_unique<core::Dataset>();
    for (const auto& [code, name, alias] :
         {std::tuple{"AAA", "Alphaland", "Republic of A"}, std::tuple{"BBB", "Betaland", "Beta"},
          std::tuple{"CCC", "Enclavia", "C"}}) {
        core::Entity entity;
        entity.code = code;
        entity.name = name;
        entity.aliases = {alias};
        data->addEntity(entity);
    }
    for (const auto& [code, name] : {std::pair{"NATO", "North Atlantic Treaty Organization"},
                                     std::pair{"EU", "European Union"}}) {
        core::Organisation organisation;
        organisation.code = code;
        organisation.name = name;
        organisation.aliases = {code == std::string("EU") ? "Union europeenne" : "OTAN"};
        data->addOrganisation(organisation);
    }
    data->finalise();
    return data;
}

} // namespace

TEST(ExplorerModel, PicksTheSmallestEntityUnderThePoint) {
    app::ExplorerModel model(dataset(), mesh());
    EXPECT_EQ(model.pick({0.5, 0.5}), "AAA");
    EXPECT_EQ(model.pick({2.1, 0.5}), "BBB");
    EXPECT_EQ(model.pick({2.5, 0.5}), "CCC"); // in the hole: the enclave, not the state around it
    EXPECT_FALSE(model.pick({1.5, 0.5}));
}

TEST(ExplorerModel, SearchesAnyNameAndLocatesTheEntity) {
    app::ExplorerModel model(dataset(), mesh());
    const auto matches = model.search("beta", 5);
    ASSERT_FALSE(matches.empty());
    EXPECT_EQ(matches.front().code, "BBB");
    EXPECT_EQ(model.search("republic", 5).front().code, "AAA");
    EXPECT_TRUE(model.search("zzz", 5).empty());
    const auto where = model.locate("CCC");
    ASSERT_TRUE(where);
    EXPECT_FLOAT_EQ(static_cast<float>(where->first.x), 2.5f);
}

TEST(ExplorerModel, ABadViewIsRefusedAndTheOldOneKept) {
    app::ExplorerModel model(dataset(), mesh());
    EXPECT_TRUE(model.setView("recognition:Atlantis").has_value());
    EXPECT_EQ(model.viewText(), "countries");
    EXPECT_FALSE(model.setView("countries").has_value());
}

TEST(Camera, ZoomKeepsThePointUnderTheCursor) {
    app::Camera camera;
    camera.fit({0, 0, 1000, 500}, 1000, 500);
    const auto before = camera.toMap(250, 100, 1000, 500);
    camera.zoomAt(250, 100, 1000, 500, 2.0);
    const auto after = camera.toMap(250, 100, 1000, 500);
    EXPECT_NEAR(before.x, after.x, 1e-6);
    EXPECT_NEAR(before.y, after.y, 1e-6);
    camera.pan(10, 0); // dragging right moves the map right: the view's centre moves left
    EXPECT_LT(camera.toMap(250, 100, 1000, 500).x, after.x);
}

TEST(ExplorerModel, LegendCategoriesToggleAndANewViewShowsThemAll) {
    app::ExplorerModel model(dataset(), mesh());
    ASSERT_FALSE(model.setView("recognition:CCC").has_value());
    const std::string label = model.scene().categoryOf.at("AAA");
    const auto shown = model.scene().styleOf("AAA");
    model.toggleCategory(label);
    EXPECT_EQ(model.scene().styleOf("AAA").fill, model.scene().hiddenFill);
    model.setDate(*core::Date::parse("2001-01-01")); // stays hidden through date changes
    EXPECT_EQ(model.scene().styleOf("AAA").fill, model.scene().hiddenFill);
    model.toggleCategory(label);
    EXPECT_EQ(model.scene().styleOf("AAA"), shown);
    model.toggleCategory(label);
    ASSERT_FALSE(model.setView("recognition:BBB").has_value());
    EXPECT_NE(model.scene().styleOf("AAA").fill, model.scene().hiddenFill);
}

TEST(ViewSuggestions, CompleteKindsEntitiesAndOrganisations) {
    app::ExplorerModel model(dataset(), mesh());
    auto views = [&](const std::string& text) {
        std::vector<std::string> result;
        for (const auto& suggestion : app::suggestViews(model, text)) {
            result.push_back(suggestion.view);
        }
        return result;
    };
    EXPECT_EQ(views("rec"), std::vector<std::string>{"recognition:"});
    EXPECT_EQ(views("recognition:beta"), std::vector<std::string>{"recognition:BBB"});
    EXPECT_EQ(views("observer:republic"), std::vector<std::string>{"observer:AAA"});
    EXPECT_EQ(views("membership:NATO,union"), std::vector<std::string>{"membership:NATO,EU"});
    EXPECT_EQ(views("membership:otan"), std::vector<std::string>{"membership:NATO"});
    EXPECT_TRUE(views("where:member(NATO)").empty());
    EXPECT_TRUE(views("").empty());
    const auto labelled = app::suggestViews(model, "recognition:enclavia");
    ASSERT_EQ(labelled.size(), 1U);
    EXPECT_EQ(labelled.front().label, "recognition:CCC  Enclavia");
}
