#include "scene/countries_view.hpp"

#include <algorithm>
#include <numeric>

namespace recmap::scene {

const std::vector<Rgba>& politicalPalette() {
    static const std::vector<Rgba> palette{rgb(0xE9C9A6), rgb(0xC8DCA7), rgb(0xF2E2A0),
                                           rgb(0xD8C3DE), rgb(0xEFB8AE), rgb(0xBFD8D0)};
    return palette;
}

MapScene countriesScene(const std::vector<std::string>& codes,
                        const std::vector<std::pair<uint32_t, uint32_t>>& adjacency) {
    std::vector<std::vector<uint32_t>> neighbours(codes.size());
    for (const auto& [a, b] : adjacency) {
        neighbours.at(a).push_back(b);
        neighbours.at(b).push_back(a);
    }
    // Greedy colouring, most-constrained first (Welsh-Powell); ties by code for determinism.
    std::vector<uint32_t> order(codes.size());
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        if (neighbours[a].size() != neighbours[b].size()) {
            return neighbours[a].size() > neighbours[b].size();
        }
        return codes[a] < codes[b];
    });
    const auto& palette = politicalPalette();
    std::vector<int> colourOf(codes.size(), -1);
    for (uint32_t entity : order) {
        std::vector<bool> taken(palette.size(), false);
        for (uint32_t other : neighbours[entity]) {
            if (colourOf[other] >= 0) {
                taken[static_cast<size_t>(colourOf[other])] = true;
            }
        }
        const auto free = std::find(taken.begin(), taken.end(), false);
        // With six colours a clash is practically impossible on a world map; if one happens,
        // fall back to a rotation rather than fail.
        colourOf[entity] = free == taken.end() ? static_cast<int>(entity % palette.size())
                                               : static_cast<int>(free - taken.begin());
    }
    MapScene scene;
    scene.title = "Countries of the world";
    scene.attribution = "Boundaries: Natural Earth (world-atlas 2.0.2).";
    for (size_t i = 0; i < codes.size(); ++i) {
        if (!codes[i].starts_with('?')) {
            const Rgba fill = palette[static_cast<size_t>(colourOf[i])];
            scene.styleByEntity[codes[i]] = {fill, fill, false};
        }
    }
    return scene;
}

} // namespace recmap::scene
