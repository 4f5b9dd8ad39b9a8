#include "scene/view_scene.hpp"

#include "scene/boundary_history.hpp"
#include "scene/countries_view.hpp"
#include "scene/thematic_scene.hpp"

#include <set>
#include <unordered_map>

namespace recmap::scene {
namespace {

// The political map of the date: the states that existed then, neighbours in different fills.
// Slots are coloured through their holders (the Soviet Union's republics in one fill), and a
// slot whose entity did not exist and that nobody held is drawn in the neutral fill.
MapScene countriesOn(const core::Dataset& dataset, const MapEntities& map, const core::Date& date) {
    const auto holders = slotHolders(dataset, map.codes, date);
    std::vector<std::string> codes;
    std::unordered_map<std::string, uint32_t> indexOf;
    std::vector<uint32_t> slotIndex(map.codes.size());
    for (size_t i = 0; i < map.codes.size(); ++i) {
        auto found = holders.find(map.codes[i]);
        const std::string& code = found == holders.end() ? map.codes[i] : found->second;
        auto [at, fresh] = indexOf.emplace(code, static_cast<uint32_t>(codes.size()));
        if (fresh) {
            codes.push_back(code);
        }
        slotIndex[i] = at->second;
    }
    std::set<std::pair<uint32_t, uint32_t>> adjacency;
    for (const auto& [a, b] : map.adjacency) {
        const uint32_t x = slotIndex.at(a), y = slotIndex.at(b);
        if (x != y) {
            adjacency.emplace(std::min(x, y), std::max(x, y));
        }
    }
    auto scene = countriesScene(codes, {adjacency.begin(), adjacency.end()});
    for (const auto& code : map.codes) {
        const core::Entity* entity = dataset.entity(code);
        if (entity != nullptr && entity->code == code && !entity->existsOn(date) &&
            !holders.contains(code)) {
            scene.styleByEntity.erase(code); // the neutral unknown fill
            scene.unmarked.insert(code);
        }
    }
    return scene;
}

} // namespace

MapScene viewScene(const core::Dataset& dataset, const ViewSpec& view, const core::Date& date,
                   const Palette& palette, const Worldview& worldview, const MapEntities& map) {
    auto scene = view.kind == ViewSpec::Kind::Countries
                     ? countriesOn(dataset, map, date)
                     : thematicScene(dataset, view, date, palette);
    for (const auto& entity : dataset.entities()) {
        scene.names.emplace(entity.code, entity.name);
        if (entity.kind == core::EntityKind::Territory) {
            scene.unmarked.insert(entity.code);
        }
    }
    applyBoundaryHistory(scene, dataset, map.codes, date);
    applyWorldview(scene, dataset, worldview, date);
    return scene;
}

} // namespace recmap::scene
