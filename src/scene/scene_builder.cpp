#include "scene/scene_builder.hpp"

#include "core/status.hpp"

namespace recmap::scene {

SceneBuilder::SceneBuilder(const core::Dataset& dataset, const core::Date& date)
    : m_dataset(dataset), m_date(date) {}

size_t SceneBuilder::category(const std::string& label, EntityStyle style, bool showCount,
                              bool neutral) {
    m_categories.push_back({label, style, 0, 0, showCount});
    if (neutral) {
        m_neutral.insert(m_categories.size() - 1);
    }
    return m_categories.size() - 1;
}

void SceneBuilder::assign(const core::Entity& entity, size_t category) {
    m_categoryOf[entity.code] = category;
    auto& entry = m_categories.at(category);
    ++entry.count;
    entry.unMembers += core::isUnMember(m_dataset, entity, m_date) ? 1 : 0;
}

void SceneBuilder::cite(const std::vector<std::string>& sources) {
    m_sources.insert(sources.begin(), sources.end());
}

MapScene SceneBuilder::finish(Rgba absent, std::string title, bool territoriesInherit) {
    static constexpr const char* dependentTerritoryLabel = "Dependent territory (not counted)";
    MapScene scene;
    scene.title = std::move(title);
    scene.territoriesInherit = territoriesInherit;
    scene.dependentStyle = {absent, absent, false};
    scene.dependentLabel = dependentTerritoryLabel;
    for (const auto& entity : m_dataset.entities()) {
        scene.names[entity.code] = entity.name;
        if (auto found = m_categoryOf.find(entity.code); found != m_categoryOf.end()) {
            scene.styleByEntity[entity.code] = m_categories[found->second].style;
            scene.categoryOf[entity.code] = m_categories[found->second].label;
            if (m_neutral.contains(found->second)) {
                scene.unmarked.insert(entity.code);
            }
        } else {
            scene.styleByEntity[entity.code] = {absent, absent, false};
            scene.unmarked.insert(entity.code); // did not exist on the date
        }
    }
    // A territory is drawn as its sovereign is (Greenland as Denmark), but never counted.
    bool anyTerritory = false;
    for (const auto& entity : m_dataset.entities()) {
        if (entity.kind != core::EntityKind::Territory) {
            continue;
        }
        anyTerritory = true;
        if (m_categoryOf.contains(entity.code)) {
            continue; // a status of its own (a recognition on record): drawn and counted as such
        }
        scene.unmarked.insert(entity.code);
        scene.uncounted.insert(entity.code);
        if (territoriesInherit && !entity.claimedBy.empty()) {
            if (auto found = m_categoryOf.find(entity.claimedBy.front());
                found != m_categoryOf.end()) {
                scene.styleByEntity[entity.code] = m_categories[found->second].style;
                scene.categoryOf[entity.code] = m_categories[found->second].label;
            }
        } else if (!territoriesInherit) {
            scene.categoryOf[entity.code] = dependentTerritoryLabel;
        }
    }
    for (const auto& entry : m_categories) {
        if (entry.count > 0) {
            scene.legend.push_back(entry);
        }
    }
    if (anyTerritory && !territoriesInherit) {
        scene.legend.push_back({dependentTerritoryLabel, {absent, absent, false}, 0, 0, false});
    }
    std::string latest;
    for (const auto& source : m_dataset.sources()) {
        if (source.accessed && source.accessed->toString() > latest) {
            latest = source.accessed->toString();
        }
    }
    scene.attribution = "recmap dataset of " + latest + ": " + std::to_string(m_sources.size()) +
                        " sources behind this map. Boundaries: Natural Earth.";
    return scene;
}

} // namespace recmap::scene
