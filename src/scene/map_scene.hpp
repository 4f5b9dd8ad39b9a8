#pragma once

#include "scene/rgba.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace recmap::scene {

// How one entity is filled: a colour, optionally hatched with a second colour (diagonal
// stripes), which marks disputed states and membership of several organisations so the map
// reads in greyscale too.
struct EntityStyle {
    Rgba fill;
    Rgba hatch;
    bool hatched = false;
    [[nodiscard]] static EntityStyle solid(Rgba colour) { return {colour, colour, false}; }
    [[nodiscard]] static EntityStyle hatching(Rgba fill, Rgba hatch) { return {fill, hatch, true}; }
    friend bool operator==(const EntityStyle&, const EntityStyle&) = default;
};

struct LegendEntry {
    std::string label;
    EntityStyle style;
    int count = 0;     // entities in the category (territories not counted)
    int unMembers = 0; // of which UN members on the date
    bool showCount = true;
    bool hidden = false; // toggled off in the explorer: its entities drawn in hiddenFill
};

// "What to draw": a style per entity code and the map's furniture, as pure data. The renderer
// (window or CLI) turns it into pixels; nothing here knows about GL.
struct MapScene {
    std::unordered_map<std::string, EntityStyle> styleByEntity;
    Rgba unknownFill = rgb(0xBDBDBD); // entities with no style (e.g. unmatched boundaries)
    Rgba background = rgb(0xFFFFFF);  // outside the globe
    Rgba ocean = rgb(0xD6E8F5);
    Rgba border = rgb(0x4D4D4D);
    Rgba graticule = rgb(0xB4CADB);
    Rgba text = rgb(0x1A1A1A);
    Rgba hiddenFill = rgb(0xF7F7F7); // entities of a legend category toggled off
    bool showGraticule = true;
    std::string title;
    std::string attribution;
    std::vector<LegendEntry> legend;
    // Entities never drawn as a marker when too small to see (territories: their sovereign's
    // style already says what they are).
    std::unordered_set<std::string> unmarked;
    // Entities drawn under a category without being counted in its legend entry (territories in
    // their sovereign's style, or as dependent territories).
    std::unordered_set<std::string> uncounted;
    // The entity the view is about (recognition:X): shown in an inset when too small to see.
    std::string focus;
    // The legend label each entity is drawn under (territories: their sovereign's when they
    // take its style), for toggling categories.
    std::unordered_map<std::string, std::string> categoryOf;
    // Entity names for labels, by code.
    std::unordered_map<std::string, std::string> names;
    // Map slots (entity codes of the mesh) drawn as another entity on the date, by the boundary
    // history: Ukraine's feature as the Soviet Union in 1985. Borders between slots with the
    // same holder are not drawn, and labels name the holder.
    std::unordered_map<std::string, std::string> holderOf;
    // How territories are drawn in this view: in their sovereign's style (recognition views),
    // or `dependentStyle` under the legend's `dependentLabel` (membership views).
    bool territoriesInherit = true;
    EntityStyle dependentStyle{rgb(0xFFFFFF), rgb(0xFFFFFF), false};
    std::string dependentLabel;

    // The entity a slot is drawn as on the scene's date (itself unless the history says so).
    [[nodiscard]] const std::string& holderOfSlot(const std::string& code) const {
        auto found = holderOf.find(code);
        return found == holderOf.end() ? code : found->second;
    }

    [[nodiscard]] EntityStyle styleOf(const std::string& code) const {
        auto found = styleByEntity.find(code);
        return found == styleByEntity.end() ? EntityStyle::solid(unknownFill) : found->second;
    }
    [[nodiscard]] Rgba fillOf(const std::string& code) const { return styleOf(code).fill; }
};

} // namespace recmap::scene
