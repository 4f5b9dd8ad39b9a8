#include "scene/boundary_history.hpp"

#include <optional>

namespace recmap::scene {

std::unordered_map<std::string, std::string> slotHolders(const core::Dataset& dataset,
                                                         const std::vector<std::string>& slotCodes,
                                                         const core::Date& date) {
    std::unordered_map<std::string, std::string> holders;
    if (dataset.boundaryHoldings().empty()) {
        return holders;
    }
    for (const auto& code : slotCodes) {
        if (const auto* holding = dataset.holdingOn(code, date)) {
            holders.emplace(code, holding->holder);
        }
    }
    return holders;
}

void applyBoundaryHistory(MapScene& scene, const core::Dataset& dataset,
                          const std::vector<std::string>& slotCodes, const core::Date& date) {
    bool anyAnnexed = false;
    // Styles are read before any is written: a holder may itself be a slot redrawn here.
    struct Redrawn {
        const std::string* slot;
        EntityStyle style;
        std::optional<std::string> category;
        std::string holder;
    };
    std::vector<Redrawn> redrawn;
    for (const auto& code : slotCodes) {
        const auto* holding = dataset.holdingOn(code, date);
        if (holding == nullptr) {
            continue;
        }
        EntityStyle style = scene.styleOf(holding->holder);
        auto category = scene.categoryOf.find(holding->holder);
        std::optional<std::string> label;
        if (category != scene.categoryOf.end()) {
            label = category->second;
        }
        if (holding->role == core::BoundaryHolding::Role::Dependency && !scene.territoriesInherit) {
            style = scene.dependentStyle;
            label = scene.dependentLabel;
        } else if (holding->role == core::BoundaryHolding::Role::Annexed) {
            style.hatch = stripesOver(style.fill, scene.border);
            style.hatched = true;
            anyAnnexed = true;
        }
        redrawn.push_back({&code, style, label, holding->holder});
    }
    for (auto& [slot, style, category, holder] : redrawn) {
        scene.styleByEntity[*slot] = style;
        if (category) {
            scene.categoryOf[*slot] = *category;
        } else {
            scene.categoryOf.erase(*slot);
        }
        scene.unmarked.insert(*slot);
        scene.holderOf[*slot] = std::move(holder);
    }
    if (anyAnnexed) {
        scene.legend.push_back({"Annexed; the annexation not recognised by many states",
                                {scene.hiddenFill, scene.border, true},
                                0,
                                0,
                                false});
    }
}

} // namespace recmap::scene
