#include "app/input_script.hpp"

#include "core/text.hpp"
#include "workspace/map_export.hpp"

#include <algorithm>

#include "core/error.hpp"

#include <cstdio>
#include <fstream>

namespace recmap::app {
namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

} // namespace

std::vector<ScriptAction> readInputScript(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) {
        throw core::InputError(path.string() + ": error: cannot read the script");
    }
    std::vector<ScriptAction> actions;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        line = trimmed(line.substr(0, line.find('#')));
        if (line.empty()) {
            continue;
        }
        auto fail = [&](const std::string& problem) {
            return core::InputError(path.string() + ":" + std::to_string(number) +
                                    ": error: " + problem);
        };
        const auto space = line.find(' ');
        const std::string verb = line.substr(0, space);
        const std::string argument =
            space == std::string::npos ? std::string() : trimmed(line.substr(space + 1));
        ScriptAction action;
        if (verb == "hover" || verb == "click") {
            action.kind = verb == "hover" ? ScriptAction::Kind::Hover : ScriptAction::Kind::Click;
            char extra = 0;
            if (std::sscanf(argument.c_str(), "%lf,%lf%c", &action.lon, &action.lat, &extra) != 2 ||
                action.lon < -180 || action.lon > 180 || action.lat < -90 || action.lat > 90) {
                throw fail(verb + " needs LON,LAT in degrees, got '" + argument + "'");
            }
        } else if (verb == "date") {
            action.kind = ScriptAction::Kind::Date;
            auto date = core::Date::parse(argument);
            if (!date) {
                throw fail("date needs YYYY-MM-DD, got '" + argument + "'");
            }
            action.date = *date;
        } else if (verb == "view" || verb == "toggle" || verb == "search" || verb == "worldview") {
            action.kind = verb == "view"        ? ScriptAction::Kind::View
                          : verb == "toggle"    ? ScriptAction::Kind::Toggle
                          : verb == "worldview" ? ScriptAction::Kind::Worldview
                                                : ScriptAction::Kind::Search;
            if (argument.empty()) {
                throw fail(verb + " needs a text");
            }
            action.text = argument;
        } else if (verb == "projection") {
            action.kind = ScriptAction::Kind::Projection;
            auto kind = geo::parseProjectionKind(argument);
            if (!kind) {
                throw fail("unknown projection '" + argument +
                           "' (use one of: " + geo::projectionNames() + ")");
            }
            action.projection = *kind;
        } else if (verb == "turn-globe") {
            action.kind = ScriptAction::Kind::TurnGlobe;
        } else if (verb == "save") {
            action.kind = ScriptAction::Kind::Save;
        } else if (verb == "export") {
            action.kind = ScriptAction::Kind::Export;
            const auto& formats = workspace::exportExtensions();
            if (std::find(formats.begin(), formats.end(), argument) == formats.end()) {
                throw fail("export needs one of " + core::joinList(formats, ", ") + ", got '" +
                           argument + "'");
            }
            action.text = argument;
        } else if (verb == "compare") {
            action.kind = ScriptAction::Kind::Compare;
            char mode[16] = {0};
            char date[16] = {0};
            double at = 0.5;
            const int read = std::sscanf(argument.c_str(), "%15s %15s %lf", mode, date, &at);
            action.text = mode;
            const auto parsed = core::Date::parse(date);
            if (action.text == "off" && read == 1) {
                action.date = core::Date::today();
            } else if ((action.text == "changes" || action.text == "swipe") && read >= 2 &&
                       parsed && at >= 0 && at <= 1) {
                action.date = *parsed;
                action.lon = at;
            } else {
                throw fail(
                    "compare needs off, changes YYYY-MM-DD or swipe YYYY-MM-DD [0-1], got '" +
                    argument + "'");
            }
        } else if (verb == "wait") {
            action.kind = ScriptAction::Kind::Wait;
            char extra = 0;
            if (std::sscanf(argument.c_str(), "%d%c", &action.frames, &extra) != 1 ||
                action.frames < 1 || action.frames > 10000) {
                throw fail("wait needs a number of frames (1 to 10000), got '" + argument + "'");
            }
        } else {
            throw fail("unknown action '" + verb +
                       "' (use hover, click, date, view, toggle, search, worldview, "
                       "projection, turn-globe, save, export or wait)");
        }
        actions.push_back(std::move(action));
    }
    return actions;
}

} // namespace recmap::app
