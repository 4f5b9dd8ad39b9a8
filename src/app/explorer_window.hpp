#pragma once

#include "app/camera.hpp"
#include "app/explorer_commands.hpp"
#include "app/explorer_model.hpp"
#include "app/input_script.hpp"
#include "geo/projection.hpp"
#include "workspace/view_file.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

namespace recmap::app {

struct ExplorerOptions {
    int width = 1280;
    int height = 800;
    std::optional<std::filesystem::path> screenshot; // write the window after `frames` frames, exit
    int frames = 3;
    std::optional<geo::Point>
        hoverPoint;            // tests: a projected point to act as if the mouse were there
    bool printDetails = false; // tests: print what the details panel shows, on exit
    bool benchmark = false;    // pan and scrub through set frames and print frame-time percentiles
    geo::ProjectionSpec projection;         // for saved views and exports
    std::optional<geo::Bounds> startExtent; // projected; default: the whole map
    // Where the window layout (explorer-layout.ini) and the last view (last-view.txt) are kept
    // between runs; none: nothing is read or written.
    std::optional<std::filesystem::path> stateDir;
    std::vector<ScriptAction> script; // played one action a frame (--script)
    // The map prepared in another projection (the projection list); none: the list does nothing.
    std::function<geo::MapMesh(const geo::ProjectionSpec&)> prepareMesh;
};

// The explorer's window: owns the GLFW window, the ImGui lifecycle and the frame loop; draws the
// map with the same renderer and scene as `recmap render`, then the panels over it. Throws
// core::Error when no window can be opened (no DISPLAY).
class ExplorerWindow {
  public:
    ExplorerWindow(ExplorerOptions options, ExplorerModel& model);
    int run();

  private:
    void benchmarkStep(int frame, Camera& camera, ExplorerCommands& commands);
    // The next action of --script, as if the user had done it; false once all are played.
    bool playScript(AppState& state, ExplorerCommands& commands);
    // Where a place is on the map; none on the far side of an orthographic globe.
    [[nodiscard]] std::optional<geo::Point> projected(double lon, double lat) const;
    [[nodiscard]] bool benchmarkDone(int frame) const;
    // Ctrl+S and Ctrl+E: the view as a view file, and an export through `recmap render`.
    [[nodiscard]] std::string saveView(const geo::Bounds& extent) const;
    [[nodiscard]] std::string exportView(const geo::Bounds& extent, int width, int height,
                                         const std::string& format) const;
    // The view, date and projection, and the visible region when given, as a view file says them.
    [[nodiscard]] workspace::ViewFile currentView(const geo::Bounds* visible) const;
    // On exit: the view, date and projection, for the next run.
    void rememberView() const;

    ExplorerOptions m_options;
    ExplorerModel& m_model;
    std::chrono::steady_clock::time_point m_lastFrame;
    std::vector<double> m_panTimes;
    std::vector<double> m_scrubTimes;
    std::string m_layoutFile;               // ImGui keeps a pointer to it
    std::optional<geo::Point> m_fixedHover; // --hover or the script's: where the mouse is held
    size_t m_nextAction = 0;
    int m_waitFrames = 0;
};

} // namespace recmap::app
