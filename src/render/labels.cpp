#include "render/labels.hpp"

#include "render/font.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace recmap::render {
namespace {

struct Box {
    float left, top, right, bottom;
    [[nodiscard]] bool overlaps(const Box& other) const {
        return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
    }
};

} // namespace

std::vector<OverlayText> placeLabels(const geo::MapMesh& mesh, const Overlay& overlay,
                                     const std::unordered_map<std::string, std::string>& names,
                                     const geo::Bounds& extent, int width, int height,
                                     const Font& font, scene::Rgba colour) {
    const double pixelsPerUnit = width / extent.width();
    const float size = std::round(
        std::clamp(static_cast<float>(std::min(width, 2 * height)) / 150.0f, 9.0f, 32.0f));
    const float pad = size * 0.25f;
    std::vector<Box> taken;
    for (const auto& rect : overlay.rects) {
        taken.push_back({rect.x, rect.y, rect.x + rect.width, rect.y + rect.height});
    }
    for (const auto& text : overlay.texts) {
        taken.push_back({text.x, text.y - text.size, text.x + font.measure(text.text, text.size),
                         text.y + text.size * 0.3f});
    }
    std::vector<size_t> order(mesh.entityCodes.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return mesh.entityAreas[a] > mesh.entityAreas[b]; });

    std::vector<OverlayText> labels;
    for (size_t entity : order) {
        if (entity >= mesh.entityAreas.size() || mesh.entityAreas[entity] <= 0) {
            continue;
        }
        auto name = names.find(mesh.entityCodes[entity]);
        if (name == names.end() || name->second.empty()) {
            continue;
        }
        const float textWidth = font.measure(name->second, size);
        const float across =
            static_cast<float>(std::sqrt(mesh.entityAreas[entity]) * pixelsPerUnit);
        if (textWidth > across * 2.2f || across < size) {
            continue; // far wider than the entity: it would name its neighbours
        }
        const auto anchor = mesh.entityAnchors[entity];
        const float x = static_cast<float>((anchor.x - extent.minX) * pixelsPerUnit);
        const float y = static_cast<float>((extent.maxY - anchor.y) * pixelsPerUnit);
        for (float shift : {0.0f, -size * 1.2f, size * 1.2f}) {
            const float baseline = y + size * 0.35f + shift;
            const Box box{x - textWidth / 2 - pad, baseline - size - pad, x + textWidth / 2 + pad,
                          baseline + size * 0.3f + pad};
            if (box.left < 0 || box.top < 0 || box.right > static_cast<float>(width) ||
                box.bottom > static_cast<float>(height) ||
                std::any_of(taken.begin(), taken.end(),
                            [&](const Box& other) { return box.overlaps(other); })) {
                continue;
            }
            taken.push_back(box);
            OverlayText label{x - textWidth / 2, baseline, size, name->second, colour, false};
            label.halo = true;
            labels.push_back(std::move(label));
            break;
        }
    }
    return labels;
}

std::unordered_map<std::string, std::string> slotLabelNames(const geo::MapMesh& mesh,
                                                            const scene::MapScene& scene) {
    std::unordered_map<std::string, std::string> names;
    std::unordered_map<std::string, size_t> largestSlot; // holder -> slot index
    for (size_t i = 0; i < mesh.entityCodes.size(); ++i) {
        const auto& code = mesh.entityCodes[i];
        const auto& holder = scene.holderOfSlot(code);
        if (holder == code) {
            if (auto name = scene.names.find(code); name != scene.names.end()) {
                names[code] = name->second;
            }
            continue;
        }
        auto [at, fresh] = largestSlot.emplace(holder, i);
        const auto area = [&](size_t slot) {
            return slot < mesh.entityAreas.size() ? mesh.entityAreas[slot] : 0.0;
        };
        if (!fresh && area(i) > area(at->second)) {
            at->second = i;
        }
    }
    for (const auto& [holder, slot] : largestSlot) {
        if (auto name = scene.names.find(holder); name != scene.names.end()) {
            names[mesh.entityCodes[slot]] = name->second;
        }
    }
    return names;
}

} // namespace recmap::render
