#include "app/timeline_panel.hpp"

#include "workspace/map_export.hpp"

#include <algorithm>
#include <cstdio>
#include <imgui.h>

namespace recmap::app {
namespace {

// The projection list and the export format; in orthographic, a button that turns the globe to the
// window's middle.
void drawProjectionPicker(AppState& state, ExplorerCommands& commands) {
    using geo::ProjectionKind;
    constexpr ProjectionKind kinds[] = {ProjectionKind::EqualEarth,   ProjectionKind::Robinson,
                                        ProjectionKind::NaturalEarth, ProjectionKind::PlateCarree,
                                        ProjectionKind::Mercator,     ProjectionKind::Orthographic};
    ImGui::SetNextItemWidth(160);
    const std::string current(geo::toString(state.projection));
    if (ImGui::BeginCombo("Projection", current.c_str())) {
        for (const auto kind : kinds) {
            const std::string name(geo::toString(kind));
            if (ImGui::Selectable(name.c_str(), kind == state.projection) &&
                kind != state.projection) {
                commands.projection = kind;
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(70);
    if (ImGui::BeginCombo("Ctrl+E as", state.exportFormat.c_str())) {
        for (const auto& format : workspace::exportExtensions()) {
            if (ImGui::Selectable(format.c_str(), state.exportFormat == format)) {
                state.exportFormat = format;
            }
        }
        ImGui::EndCombo();
    }
    if (state.projection == ProjectionKind::Orthographic) {
        ImGui::SameLine();
        if (ImGui::Button("Turn the globe here")) {
            commands.centreGlobe = true;
        }
    }
}

// Whose map of disputed territories: the UN's, the de facto one, or a state's with a recorded
// position or claim.
void drawWorldviewPicker(const ExplorerModel& model, ExplorerCommands& commands) {
    ImGui::SameLine();
    ImGui::SetNextItemWidth(110);
    const std::string current = model.worldview().key();
    if (ImGui::BeginCombo("Worldview", current.c_str())) {
        for (const auto& choice : model.worldviewChoices()) {
            if (ImGui::Selectable(choice.c_str(), choice == current) && choice != current) {
                commands.worldview = choice;
            }
        }
        ImGui::EndCombo();
    }
}

// Compare mode: off, the change view against a second date, or a swipe divider with the second
// date's map on its left; the second date has its own slider.
void drawComparePicker(const ExplorerModel& model, AppState& state, ExplorerCommands& commands) {
    using Compare = ExplorerModel::Compare;
    static constexpr const char* names[] = {"off", "changes", "swipe"};
    const int current = static_cast<int>(model.compareMode());
    ImGui::SetNextItemWidth(90);
    if (ImGui::BeginCombo("Compare", names[current])) {
        for (int i = 0; i < 3; ++i) {
            if (ImGui::Selectable(names[i], i == current) && i != current) {
                commands.compare = names[i];
                commands.compareFrom = model.compareMode() == Compare::Off
                                           ? core::Date::fromYmd(model.date().year() - 5, 1, 1)
                                           : model.compareDate();
            }
        }
        ImGui::EndCombo();
    }
    if (model.compareMode() == Compare::Off) {
        return;
    }
    const auto [first, last] = model.dateRange();
    int day = static_cast<int>(model.compareDate().dayNumber());
    const auto label = "from " + model.compareDate().toLongString();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(260);
    if (ImGui::SliderInt("##compare-date", &day, static_cast<int>(first), static_cast<int>(last),
                         label.c_str())) {
        commands.compare = names[current];
        commands.compareFrom = core::Date::fromDayNumber(day);
    }
    if (model.compareMode() == Compare::Swipe) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(120);
        ImGui::SliderFloat("Divider", &state.swipeAt, 0.0f, 1.0f, "%.2f");
    }
}

} // namespace

void TimelinePanel::draw(const ExplorerModel& model, AppState& state, ExplorerCommands& commands) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(10, display.y - 150), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(std::min(760.0f, display.x - 20), 140), ImGuiCond_FirstUseEver);
    ImGui::Begin("View and time");
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, "%s", state.viewInput.c_str());
    if (ImGui::InputText("View", buffer, sizeof buffer, ImGuiInputTextFlags_EnterReturnsTrue)) {
        commands.view = std::string(buffer);
    }
    const bool editing = ImGui::IsItemActive();
    state.viewInput = buffer;
    // Completions while typing: a click (the box loses focus first) picks one.
    if (editing || ImGui::IsWindowFocused()) {
        if (state.viewInput != model.viewText()) {
            if (state.viewInput != m_suggestedFor) {
                m_suggestedFor = state.viewInput;
                m_suggestions = suggestViews(model, state.viewInput, 6);
            }
            for (const auto& suggestion : m_suggestions) {
                if (ImGui::Selectable(suggestion.label.c_str())) {
                    state.viewInput = suggestion.view;
                    if (!suggestion.view.ends_with(':')) {
                        commands.view = suggestion.view;
                    }
                }
            }
        }
    }
    if (!state.viewError.empty()) {
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", state.viewError.c_str());
    }
    ImGui::TextDisabled(
        "countries | recognition:XKX | observer:RUS | membership:NATO,EU | where:member(NATO)");
    drawProjectionPicker(state, commands);
    drawWorldviewPicker(model, commands);

    const auto [first, last] = model.dateRange();
    int day = static_cast<int>(model.date().dayNumber());
    const auto label = model.date().toLongString();
    if (ImGui::SliderInt("Date", &day, static_cast<int>(first), static_cast<int>(last),
                         label.c_str())) {
        commands.date = core::Date::fromDayNumber(day);
    }
    // The view's events as ticks under the slider.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::CalcItemWidth();
    auto* drawList = ImGui::GetWindowDrawList();
    for (long eventDay : model.eventDays()) {
        const float x = origin.x + width * static_cast<float>(eventDay - first) /
                                       static_cast<float>(std::max(1L, last - first));
        drawList->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + 6), IM_COL32(200, 80, 0, 255));
    }
    ImGui::Dummy(ImVec2(width, 8));
    drawComparePicker(model, state, commands);

    const auto& events = model.eventDays();
    if (ImGui::Button("<< event")) {
        auto previous = std::lower_bound(events.begin(), events.end(), model.date().dayNumber());
        if (previous != events.begin()) {
            commands.date = core::Date::fromDayNumber(*std::prev(previous));
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(state.playing ? "Pause" : "Play")) {
        state.playing = !state.playing;
    }
    ImGui::SameLine();
    if (ImGui::Button("event >>")) {
        auto next = std::upper_bound(events.begin(), events.end(), model.date().dayNumber());
        if (next != events.end()) {
            commands.date = core::Date::fromDayNumber(*next);
        }
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(120);
    ImGui::SliderInt("days/frame", &state.daysPerFrame, 1, 365);
    if (state.playing && !commands.date) {
        const long next = model.date().dayNumber() + state.daysPerFrame;
        commands.date = core::Date::fromDayNumber(std::min(next, last));
        if (next >= last) {
            state.playing = false;
        }
    }
    ImGui::End();
}

} // namespace recmap::app
