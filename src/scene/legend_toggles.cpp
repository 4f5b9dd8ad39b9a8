#include "scene/legend_toggles.hpp"

namespace recmap::scene {

void hideCategories(MapScene& scene, const std::set<std::string>& hidden) {
    if (hidden.empty()) {
        return;
    }
    for (auto& entry : scene.legend) {
        entry.hidden = hidden.contains(entry.label);
    }
    for (const auto& [code, label] : scene.categoryOf) {
        if (hidden.contains(label)) {
            scene.styleByEntity[code] = {scene.hiddenFill, scene.hiddenFill, false};
        }
    }
}

} // namespace recmap::scene
