#pragma once

#include "app/explorer_commands.hpp"
#include "app/explorer_model.hpp"

namespace recmap::app {

// The view box (any view recmap render takes) and the timeline: a date slider over the
// dataset's range with the view's events as ticks, play/pause, speed, previous/next event.
class TimelinePanel {
  public:
    void draw(const ExplorerModel& model, AppState& state, ExplorerCommands& commands);
};

} // namespace recmap::app
