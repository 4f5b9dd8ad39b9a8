#include "app/search_panel.hpp"

#include <imgui.h>

namespace recmap::app {

void SearchPanel::draw(const ExplorerModel& model, AppState& state, ExplorerCommands& commands) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && ImGui::IsKeyPressed('F', false)) { // GLFW key codes: 'F' is F
        state.searchOpen = true;
        m_focus = true;
    }
    if (!state.searchOpen) {
        return;
    }
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2 - 180, 40), ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(ImVec2(360, 260), ImGuiCond_Appearing);
    ImGui::Begin("Search", &state.searchOpen);
    if (m_focus) {
        ImGui::SetKeyboardFocusHere();
        m_focus = false;
    }
    ImGui::InputText("Name", m_query, sizeof m_query);
    for (const auto& match : model.search(m_query, 12)) {
        if (ImGui::Selectable((match.name + "  (" + match.code + ")").c_str())) {
            state.selected = match.code;
            commands.flyTo = match.code;
            state.searchOpen = false;
        }
    }
    ImGui::End();
}

void drawHelpOverlay(bool& open) {
    if (!open) {
        return;
    }
    ImGui::SetNextWindowPos(ImVec2(ImGui::GetIO().DisplaySize.x / 2 - 220, 80),
                            ImGuiCond_Appearing);
    ImGui::Begin("Shortcuts (F1)", &open, ImGuiWindowFlags_AlwaysAutoResize);
    for (const char* line :
         {"Drag: pan            Wheel, + and -: zoom      Arrows: pan",
          "Click: select a country (its details stay)   Escape: clear the selection",
          "Ctrl+F: search by any name, code or QID, and fly to it",
          "Ctrl+S: save this view as a view file   Ctrl+E: export it (PNG, SVG, GeoTIFF, HTML, "
          "GeoPackage, CSV, GeoJSON)",
          "Enter in the view box: apply a view, e.g. recognition:XKX, membership:NATO,EU",
          "Timeline: drag the date, Play/Pause, previous/next event of the view",
          "F1: this help"}) {
        ImGui::TextUnformatted(line);
    }
    ImGui::End();
}

} // namespace recmap::app
