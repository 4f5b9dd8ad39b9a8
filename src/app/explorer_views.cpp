// The explorer's view files and exports: what is on screen as a view file (Ctrl+S, the
// remembered last view) and as a `recmap render` export (Ctrl+E).
#include "app/explorer_window.hpp"

#include "workspace/view_file.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace recmap::app {

namespace {

std::string extentText(const geo::Projector& projector, const geo::Bounds& extent) {
    // The longitude/latitude box of the visible rectangle: its edges sampled and inverted.
    double west = 180, south = 90, east = -180, north = -90;
    for (int i = 0; i <= 16; ++i) {
        for (const auto& [x, y] : {std::pair{extent.minX + extent.width() * i / 16, extent.minY},
                                   {extent.minX + extent.width() * i / 16, extent.maxY},
                                   {extent.minX, extent.minY + extent.height() * i / 16},
                                   {extent.maxX, extent.minY + extent.height() * i / 16}}) {
            if (auto lonLat = projector.inverse(x, y)) {
                west = std::min(west, lonLat->first);
                east = std::max(east, lonLat->first);
                south = std::min(south, lonLat->second);
                north = std::max(north, lonLat->second);
            }
        }
    }
    if (west >= east || south >= north) {
        return {};
    }
    char text[96];
    std::snprintf(text, sizeof text, "%.3f,%.3f,%.3f,%.3f", west, south, east, north);
    return text;
}

std::string stamp() {
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", std::localtime(&now));
    return text;
}

} // namespace

workspace::ViewFile ExplorerWindow::currentView(const geo::Bounds* visible) const {
    workspace::ViewFile view;
    view.view = m_model.viewText();
    view.asOf = m_model.date().toString();
    view.projection = std::string(geo::toString(m_options.projection.kind));
    view.worldview = m_model.worldview().key();
    if (m_options.projection.centerLon != 0 || m_options.projection.centerLat != 0) {
        char centre[64]; // a --center given, or a turned globe
        std::snprintf(centre, sizeof centre, "%.3f,%.3f", m_options.projection.centerLon,
                      m_options.projection.centerLat);
        view.center = centre;
    }
    if (visible) {
        view.extent = extentText(geo::Projector(m_options.projection), *visible);
    }
    return view;
}

void ExplorerWindow::rememberView() const {
    if (!m_options.stateDir) {
        return;
    }
    // The visible region is not kept: as a longitude/latitude box it grows on every round trip
    // through a curved projection, so the next run opens on the whole map.
    try {
        workspace::writeViewFile(*m_options.stateDir / "last-view.txt", currentView(nullptr));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "recmap explore: warning: the view is not remembered: %s\n",
                     error.what());
    }
}

std::string ExplorerWindow::saveView(const geo::Bounds& extent) const {
    const std::string path = "recmap-view-" + stamp() + ".txt";
    try {
        workspace::writeViewFile(path, currentView(&extent));
        return "Saved " + path + " (open it with recmap render/explore --view-file)";
    } catch (const std::exception& error) {
        return error.what();
    }
}

std::string ExplorerWindow::exportView(const geo::Bounds& extent, int width, int height,
                                       const std::string& format) const {
    // The same code path as the command line: recmap render, with this view.
    const auto recmap = std::filesystem::read_symlink("/proc/self/exe").parent_path() / "recmap";
    const std::string path = "recmap-export-" + stamp() + "." + format;
    const auto view = currentView(&extent);
    const std::string command = "'" + recmap.string() + "' render '" + view.view + "' --as-of " +
                                view.asOf + " --projection " + view.projection +
                                (view.center.empty() ? "" : " --center " + view.center) +
                                (view.extent.empty() ? "" : " --extent " + view.extent) +
                                " --worldview '" + view.worldview + "'" + " --size " +
                                std::to_string(width * 2) + "x" + std::to_string(height * 2) +
                                " -o '" + path + "' 2>/dev/null";
    return std::system(command.c_str()) == 0 ? "Exported " + path : "Export failed: " + command;
}

} // namespace recmap::app
