// The explorer's automation: --script actions played one a frame, and --benchmark's scripted
// pans and scrubs with their frame-time percentiles.
#include "app/explorer_window.hpp"

#include <algorithm>
#include <cstdio>

namespace recmap::app {

bool ExplorerWindow::playScript(AppState& state, ExplorerCommands& commands) {
    if (m_waitFrames > 0) {
        --m_waitFrames;
        return true;
    }
    if (m_nextAction >= m_options.script.size()) {
        return false;
    }
    const auto& action = m_options.script[m_nextAction++];
    using Kind = ScriptAction::Kind;
    switch (action.kind) {
    case Kind::Hover:
        m_fixedHover = projected(action.lon, action.lat);
        break;
    case Kind::Click:
        if (const auto point = projected(action.lon, action.lat)) {
            state.selected = m_model.pick(*point);
        } else {
            state.selected.reset();
        }
        break;
    case Kind::Date:
        commands.date = action.date;
        break;
    case Kind::View:
        state.viewInput = action.text;
        commands.view = action.text;
        break;
    case Kind::Toggle:
        commands.toggleCategory = action.text;
        break;
    case Kind::Worldview:
        commands.worldview = action.text;
        break;
    case Kind::Search:
        if (const auto matches = m_model.search(action.text, 1); !matches.empty()) {
            commands.flyTo = matches.front().code;
        }
        break;
    case Kind::Wait:
        m_waitFrames = action.frames - 1;
        break;
    case Kind::Projection:
        commands.projection = action.projection;
        break;
    case Kind::TurnGlobe:
        commands.centreGlobe = true;
        break;
    case Kind::Save:
        commands.saveView = true;
        break;
    case Kind::Export:
        state.exportFormat = action.text;
        commands.exportImage = true;
        break;
    case Kind::Compare:
        commands.compare = action.text;
        commands.compareFrom = action.date;
        if (action.text == "swipe") {
            state.swipeAt = static_cast<float>(action.lon);
        }
        break;
    }
    return true;
}

// The benchmark: frames 1-20 warm up, 21-320 pan across the map, 321-620 scrub the timeline a
// month a frame (each a recolour); frame times are taken between buffer swaps, GL finished.
void ExplorerWindow::benchmarkStep(int frame, Camera& camera, ExplorerCommands& commands) {
    const auto now = std::chrono::steady_clock::now();
    if (frame > 1) {
        const double ms = std::chrono::duration<double, std::milli>(now - m_lastFrame).count();
        if (frame > 21 && frame <= 321) {
            m_panTimes.push_back(ms);
        } else if (frame > 321) {
            m_scrubTimes.push_back(ms);
        }
    }
    m_lastFrame = now;
    if (frame > 20 && frame <= 320) {
        camera.pan(frame % 100 < 50 ? 12 : -12, 0);
    } else if (frame > 320) {
        const auto [first, last] = m_model.dateRange();
        const long day = first + (last - first) * (frame - 320) / 300;
        commands.date = core::Date::fromDayNumber(day);
    }
}

bool ExplorerWindow::benchmarkDone(int frame) const {
    if (frame < 621) {
        return false;
    }
    auto report = [](const char* what, std::vector<double> times) {
        std::sort(times.begin(), times.end());
        auto at = [&](double q) {
            return times[static_cast<size_t>(q * (times.size() - 1))];
        };
        std::printf("%-6s %4zu frames  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms\n",
                    what, times.size(), at(0.5), at(0.95), at(0.99), times.back());
    };
    std::printf("recmap explore --benchmark: %dx%d\n", m_options.width, m_options.height);
    report("pan", m_panTimes);
    report("scrub", m_scrubTimes);
    return true;
}

} // namespace recmap::app
