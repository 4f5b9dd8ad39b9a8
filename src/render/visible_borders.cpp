#include "render/visible_borders.hpp"

#include <string>
#include <unordered_map>

namespace recmap::render {

std::vector<uint32_t> holderIds(const geo::MapMesh& mesh, const scene::MapScene& scene) {
    std::unordered_map<std::string, uint32_t> index;
    std::vector<uint32_t> ids(mesh.entityCodes.size());
    for (size_t i = 0; i < mesh.entityCodes.size(); ++i) {
        const auto& holder = scene.holderOfSlot(mesh.entityCodes[i]);
        ids[i] = index.emplace(holder, static_cast<uint32_t>(index.size())).first->second;
    }
    return ids;
}

const std::vector<geo::Vec2>& visibleBorders(const geo::MapMesh& mesh,
                                             const std::vector<uint32_t>& holders,
                                             std::vector<geo::Vec2>& kept) {
    const auto& vertices = mesh.borderVertices;
    const auto& sides = mesh.borderSides;
    if (sides.size() * 2 != vertices.size()) {
        return vertices;
    }
    const auto inner = [&](size_t segment) {
        const auto [a, b] = sides[segment];
        return b != geo::noBorderSide && a < holders.size() && b < holders.size() &&
               holders[a] == holders[b];
    };
    size_t hidden = 0;
    for (size_t i = 0; i < sides.size(); ++i) {
        hidden += inner(i) ? 1 : 0;
    }
    if (hidden == 0) {
        return vertices;
    }
    kept.clear();
    kept.reserve(vertices.size() - 2 * hidden);
    for (size_t i = 0; i < sides.size(); ++i) {
        if (!inner(i)) {
            kept.push_back(vertices[2 * i]);
            kept.push_back(vertices[2 * i + 1]);
        }
    }
    return kept;
}

} // namespace recmap::render
