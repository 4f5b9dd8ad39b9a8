#pragma once

#include "core/dataset.hpp"
#include "scene/map_scene.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace recmap::scene {

// Collects a category per entity for a thematic view and turns it into a MapScene: styles,
// legend entries in the order categories were declared (empty ones left out) with counts, and
// territories drawn in their sovereign's style.
class SceneBuilder {
  public:
    SceneBuilder(const core::Dataset& dataset, const core::Date& date);

    // Declares a category; returns its index. Declaration order is legend order. Entities in a
    // neutral category (no record, not a member) are never drawn as markers.
    size_t category(const std::string& label, EntityStyle style, bool showCount = true,
                    bool neutral = false);
    // Puts an entity (existing on the date, not a territory) in a category.
    void assign(const core::Entity& entity, size_t category);
    // Records the sources behind the facts shown, for the attribution line.
    void cite(const std::vector<std::string>& sources);

    // Territories take their sovereign's category when `territoriesInherit` (recognition is the
    // sovereign's foreign policy); otherwise they are drawn `absent` under their own legend entry
    // (memberships differ: Greenland is outside the EU).
    [[nodiscard]] MapScene finish(Rgba absent, std::string title, bool territoriesInherit);

  private:
    const core::Dataset& m_dataset;
    core::Date m_date;
    std::vector<LegendEntry> m_categories;
    std::set<size_t> m_neutral;
    std::map<std::string, size_t> m_categoryOf;
    std::set<std::string> m_sources;
};

} // namespace recmap::scene
