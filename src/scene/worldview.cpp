#include "scene/worldview.hpp"

#include "core/error.hpp"
#include "core/status.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace recmap::scene {

std::map<std::string, const core::TerritoryPosition*> positionsInForce(const core::Dataset& dataset,
                                                                       const std::string& territory,
                                                                       const core::Date& date) {
    std::map<std::string, const core::TerritoryPosition*> inForce;
    for (const auto& position : dataset.territoryPositionsOf(territory)) {
        if (!position.from || *position.from <= date) {
            inForce[position.worldview] = &position; // sorted by date: later rows win
        }
    }
    return inForce;
}

namespace {

// A state's own claim: a territory it claims, or an entity it claims and does not recognise.
bool claims(const core::Dataset& dataset, const std::string& state, const core::Entity& entity,
            const core::Date& date) {
    if (std::find(entity.claimedBy.begin(), entity.claimedBy.end(), state) ==
        entity.claimedBy.end()) {
        return false;
    }
    if (entity.kind == core::EntityKind::Territory) {
        return true;
    }
    const auto status = core::recognitionStatus(dataset, entity.code, state, date).status;
    return status != core::RecognitionStatus::Recognises &&
           status != core::RecognitionStatus::Presumed;
}

} // namespace

std::string Worldview::key() const {
    switch (kind) {
    case Kind::Un:
        return "un";
    case Kind::DeFacto:
        return "de-facto";
    case Kind::State:
        break;
    }
    return state;
}

std::string Worldview::describe(const core::Dataset& dataset) const {
    switch (kind) {
    case Kind::Un:
        return "UN resolutions";
    case Kind::DeFacto:
        return "de facto administration";
    case Kind::State:
        break;
    }
    const core::Entity* entity = dataset.entity(state);
    return entity ? entity->name : state;
}

Worldview parseWorldview(std::string_view text, const core::Dataset& dataset) {
    if (text == "un") {
        return {};
    }
    if (text == "de-facto") {
        return {Worldview::Kind::DeFacto, ""};
    }
    const core::Entity* entity = dataset.entity(text);
    if (entity == nullptr) {
        throw core::UsageError("unknown worldview '" + std::string(text) +
                               "' (use un, de-facto or a state's code or name)");
    }
    return {Worldview::Kind::State, entity->code};
}

std::optional<TerritoryDrawing> territoryDrawing(const core::Dataset& dataset,
                                                 const core::Entity& entity,
                                                 const Worldview& worldview,
                                                 const core::Date& date) {
    const auto inForce = positionsInForce(dataset, entity.code, date);
    TerritoryDrawing drawing;
    auto positionOf = [&](const std::string& key) -> const core::TerritoryPosition* {
        auto found = inForce.find(key);
        return found == inForce.end() ? nullptr : found->second;
    };
    // Disputed when the positions in force disagree with each other or with the UN's (an entity
    // with no UN position is, for the UN, itself).
    const auto* un = positionOf("un");
    std::set<std::string> sides{un ? un->drawnAs : entity.code};
    for (const auto& [key, position] : inForce) {
        drawing.positions.push_back(position);
        sides.insert(position->drawnAs);
    }
    drawing.disputed = sides.size() > 1;
    const core::TerritoryPosition* chosen = positionOf(worldview.key());
    // Claims are undated, so they speak only for entities without recorded positions.
    if (dataset.territoryPositionsOf(entity.code).empty() &&
        worldview.kind == Worldview::Kind::State && worldview.state != entity.code &&
        claims(dataset, worldview.state, entity, date)) {
        drawing.drawnAs = worldview.state;
        drawing.disputed = true;
        return drawing;
    }
    if (chosen == nullptr) {
        chosen = un;
    }
    if (chosen == nullptr || chosen->drawnAs == entity.code) {
        return std::nullopt;
    }
    drawing.drawnAs = chosen->drawnAs;
    return drawing;
}

void applyWorldview(MapScene& scene, const core::Dataset& dataset, const Worldview& worldview,
                    const core::Date& date) {
    // Styles are read before any is changed: a territory may be drawn as one that is redrawn
    // itself (Western Sahara's parts under Morocco's worldview).
    struct Redrawn {
        const std::string* code;
        EntityStyle style;
        std::optional<std::string> category;
    };
    std::vector<Redrawn> redrawn;
    bool anyDisputed = false;
    for (const auto& entity : dataset.entities()) {
        if (entity.code == scene.focus) {
            continue;
        }
        const auto drawing = territoryDrawing(dataset, entity, worldview, date);
        if (!drawing) {
            continue;
        }
        EntityStyle style = scene.styleOf(drawing->drawnAs);
        if (drawing->disputed) {
            style.hatch = stripesOver(style.fill, scene.border);
            style.hatched = true;
            anyDisputed = true;
        }
        const auto category = scene.categoryOf.find(drawing->drawnAs);
        redrawn.push_back(
            {&entity.code, style,
             category == scene.categoryOf.end() ? std::nullopt : std::optional(category->second)});
    }
    for (const auto& [code, style, category] : redrawn) {
        scene.styleByEntity[*code] = style;
        if (category) {
            scene.categoryOf[*code] = *category;
        }
        scene.unmarked.insert(*code);
    }
    if (anyDisputed) {
        scene.legend.push_back(
            {"Disputed territory (worldview: " + worldview.describe(dataset) + ")",
             {scene.hiddenFill, scene.border, true},
             0,
             0,
             false});
    }
}

} // namespace recmap::scene
