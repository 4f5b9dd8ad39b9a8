#include "app/details_panel.hpp"

#include <imgui.h>

namespace recmap::app {

void DetailsPanel::draw(const ExplorerModel& model, const AppState& state,
                        ExplorerCommands& commands) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x - 370, 10), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(360, display.y * 0.7f), ImGuiCond_FirstUseEver);
    ImGui::Begin("Legend and details");
    const auto& scene = model.scene();
    ImGui::TextUnformatted(scene.title.c_str());
    // Clicking a swatch hides its category on the map (drawn pale) and shows it again.
    for (const auto& entry : scene.legend) {
        const auto& c = entry.hidden ? scene.hiddenFill : entry.style.fill;
        if (ImGui::ColorButton(entry.label.c_str(),
                               ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, 1),
                               ImGuiColorEditFlags_NoTooltip, ImVec2(14, 14))) {
            commands.toggleCategory = entry.label;
        }
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip(entry.hidden ? "Click to show" : "Click to hide on the map");
        }
        ImGui::SameLine();
        const std::string text =
            entry.showCount ? entry.label + ": " + std::to_string(entry.count) : entry.label;
        if (entry.hidden) {
            ImGui::TextDisabled("%s (hidden)", text.c_str());
        } else {
            ImGui::TextUnformatted(text.c_str());
        }
    }
    ImGui::Separator();
    const auto& shown = state.selected ? state.selected : state.hovered;
    if (!shown) {
        ImGui::TextDisabled("Hover or click a country for its status and sources (F1: help).");
        ImGui::End();
        return;
    }
    const auto details = model.details(*shown);
    ImGui::Text("%s (%s)", details.name.c_str(), details.code.c_str());
    ImGui::TextWrapped("%s", details.status.c_str());
    for (const auto& event : details.events) {
        ImGui::Bullet();
        ImGui::Text("%s %s%s", event.date.c_str(), event.what.c_str(),
                    event.disputed ? " (disputed)" : "");
        for (const auto& citation : event.citations) {
            ImGui::Indent();
            ImGui::TextWrapped("%s", citation.text.c_str());
            ImGui::PushID(&citation);
            if (!citation.url.empty() && ImGui::SmallButton("copy URL")) {
                ImGui::SetClipboardText(citation.url.c_str());
            }
            ImGui::PopID();
            if (!citation.url.empty()) {
                ImGui::SameLine();
                ImGui::TextDisabled("%s", citation.url.c_str());
            }
            ImGui::Unindent();
        }
    }
    ImGui::End();
}

} // namespace recmap::app
