#pragma once

#include "app/explorer_commands.hpp"
#include "app/explorer_model.hpp"

namespace recmap::app {

// Ctrl+F: search entities as you type (any alias, code, QID or name); choosing one selects it
// and flies the map to it.
class SearchPanel {
  public:
    void draw(const ExplorerModel& model, AppState& state, ExplorerCommands& commands);

  private:
    char m_query[128] = {};
    bool m_focus = false;
};

// F1: the keyboard and mouse shortcuts.
void drawHelpOverlay(bool& open);

} // namespace recmap::app
