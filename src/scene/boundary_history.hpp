#pragma once

#include "core/dataset.hpp"
#include "scene/map_scene.hpp"

#include <string>
#include <vector>

namespace recmap::scene {

// The holders of a map's slots on a date (data/boundary_history.csv): slot code -> the entity
// that covered its feature then, for the slots not drawn as themselves.
[[nodiscard]] std::unordered_map<std::string, std::string>
slotHolders(const core::Dataset& dataset, const std::vector<std::string>& slotCodes,
            const core::Date& date);

// Draws every slot as the entity that covered it on the date: a part takes its holder's style
// and legend category (Ukraine as the Soviet Union in 1985); a dependency is drawn as a
// territory of its administering state (its style in recognition views, the dependent-territory
// style in membership views); an annexation takes the annexing state's style, hatched as
// disputed, with a legend line. Nothing is re-tessellated: only styles and scene.holderOf change.
void applyBoundaryHistory(MapScene& scene, const core::Dataset& dataset,
                          const std::vector<std::string>& slotCodes, const core::Date& date);

} // namespace recmap::scene
