#pragma once

#include "app/explorer_commands.hpp"
#include "app/explorer_model.hpp"
#include "app/view_suggestions.hpp"

#include <string>
#include <vector>

namespace recmap::app {

// The view box (any view recmap render takes) and the timeline: a date slider over the
// dataset's range with the view's events as ticks, play/pause, speed, previous/next event.
class TimelinePanel {
  public:
    void draw(const ExplorerModel& model, AppState& state, ExplorerCommands& commands);

  private:
    // The view box's completions, searched again only when its text changes (not every frame).
    std::string m_suggestedFor;
    std::vector<ViewSuggestion> m_suggestions;
};

} // namespace recmap::app
