#include "scene/view_scene.hpp"

#include "scene/countries_view.hpp"
#include "scene/thematic_scene.hpp"

namespace recmap::scene {

MapScene viewScene(const core::Dataset& dataset, const ViewSpec& view, const core::Date& date,
                   const Palette& palette, const Worldview& worldview, const MapEntities& map) {
    auto scene = view.kind == ViewSpec::Kind::Countries
                     ? countriesScene(map.codes, map.adjacency)
                     : thematicScene(dataset, view, date, palette);
    for (const auto& entity : dataset.entities()) {
        scene.names.emplace(entity.code, entity.name);
        if (entity.kind == core::EntityKind::Territory) {
            scene.unmarked.insert(entity.code);
        }
    }
    applyWorldview(scene, dataset, worldview, date);
    return scene;
}

} // namespace recmap::scene
