#pragma once

#include "app/explorer_commands.hpp"
#include "app/explorer_model.hpp"

namespace recmap::app {

// The legend of the current view, and the hovered entity: its status under the view, since
// when, and the events behind it with their sources (disputed ones marked).
class DetailsPanel {
  public:
    void draw(const ExplorerModel& model, const AppState& state, ExplorerCommands& commands);
};

} // namespace recmap::app
