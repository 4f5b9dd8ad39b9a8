#include "render/overlay.hpp"

#include "render/font.hpp"

#include <algorithm>
#include <cmath>

namespace recmap::render {

std::string legendLabel(const scene::LegendEntry& entry) {
    if (!entry.showCount) {
        return entry.label;
    }
    std::string label = entry.label + ": " + std::to_string(entry.count);
    if (entry.unMembers > 0 && entry.unMembers != entry.count) {
        label += " (" + std::to_string(entry.unMembers) + " UN member" +
                 (entry.unMembers == 1 ? "" : "s") + ")";
    }
    return label;
}

Overlay layoutOverlay(const scene::MapScene& scene, int width, int height, const Font* font,
                      bool legend) {
    Overlay overlay;
    overlay.mapTop = 0;
    overlay.mapBottom = static_cast<float>(height);
    if (font == nullptr) {
        return overlay;
    }
    // Whole-pixel sizes: glyphs are rasterised at integer sizes, so text is measured at them too.
    const float base = std::round(
        std::clamp(static_cast<float>(std::min(width, 2 * height)) / 110.0f, 10.0f, 44.0f));
    const float margin = base;
    const float titleSize = std::round(base * 1.6f);
    const float smallSize = std::round(base * 0.8f);

    if (!scene.title.empty()) {
        const float titleWidth = font->measure(scene.title, titleSize);
        overlay.texts.push_back({(static_cast<float>(width) - titleWidth) / 2, margin + titleSize,
                                 titleSize, scene.title, scene.text, true});
        overlay.mapTop = margin * 1.5f + titleSize * 1.25f;
    }
    if (!scene.attribution.empty()) {
        const float attributionWidth = font->measure(scene.attribution, smallSize);
        overlay.texts.push_back({static_cast<float>(width) - margin - attributionWidth,
                                 static_cast<float>(height) - margin * 0.75f, smallSize,
                                 scene.attribution, scene.text, false});
        overlay.mapBottom = static_cast<float>(height) - margin * 1.25f - smallSize * 1.2f;
    }
    if (!legend || scene.legend.empty()) {
        return overlay;
    }
    const float swatch = base * 1.1f;
    const float line = base * 1.55f;
    const float padding = base * 0.7f;
    float labelWidth = 0;
    for (const auto& entry : scene.legend) {
        labelWidth = std::max(labelWidth, font->measure(legendLabel(entry), base));
    }
    const float boxWidth = padding * 2 + swatch + base * 0.6f + labelWidth;
    const float boxHeight =
        padding * 2 + line * static_cast<float>(scene.legend.size()) - (line - swatch);
    const float boxX = margin;
    const float boxY = overlay.mapBottom - boxHeight;
    scene::EntityStyle paper{scene::Rgba{255, 255, 255, 224}, {}, false};
    overlay.rects.push_back({boxX, boxY, boxWidth, boxHeight, paper, true, scene::rgb(0x9A9A9A)});
    for (size_t i = 0; i < scene.legend.size(); ++i) {
        const auto& entry = scene.legend[i];
        const float top = boxY + padding + line * static_cast<float>(i);
        overlay.rects.push_back(
            {boxX + padding, top, swatch, swatch, entry.style, true, scene.border});
        overlay.texts.push_back({boxX + padding + swatch + base * 0.6f, top + swatch * 0.82f, base,
                                 legendLabel(entry), scene.text, false});
    }
    return overlay;
}

} // namespace recmap::render
