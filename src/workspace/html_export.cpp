#include "workspace/html_export.hpp"

#include "core/text.hpp"
#include "render/overlay.hpp"
#include "scene/entity_details.hpp"

#include <map>
#include <sstream>

namespace recmap::workspace {
namespace {

// Values stored once and referred to by index.
template <typename Value> class Interned {
  public:
    size_t indexOf(const Value& value) {
        auto [found, inserted] = m_index.try_emplace(value, m_values.size());
        if (inserted) {
            m_values.push_back(value);
        }
        return found->second;
    }
    [[nodiscard]] const std::vector<Value>& values() const { return m_values; }

  private:
    std::map<Value, size_t> m_index;
    std::vector<Value> m_values;
};

struct StyleKey {
    scene::EntityStyle style;
    bool operator<(const StyleKey& other) const {
        auto key = [](const scene::EntityStyle& s) {
            return std::tuple(s.fill.r, s.fill.g, s.fill.b, s.fill.a, s.hatch.r, s.hatch.g,
                              s.hatch.b, s.hatch.a, s.hatched);
        };
        return key(style) < key(other.style);
    }
};

std::string quoted(const std::string& text) {
    return "\"" + core::jsonEscape(text) + "\"";
}

// An event list as JSON: [[date, what, disputed, [source indices]], ...].
std::string eventsJson(const std::vector<scene::DetailEvent>& events,
                       Interned<std::pair<std::string, std::string>>& sources) {
    std::string json = "[";
    for (size_t i = 0; i < events.size(); ++i) {
        const auto& event = events[i];
        json += (i ? "," : "") + std::string("[") + quoted(event.date) + "," + quoted(event.what) +
                "," + (event.disputed ? "1" : "0") + ",[";
        for (size_t j = 0; j < event.citations.size(); ++j) {
            const auto& citation = event.citations[j];
            json += (j ? "," : "") + std::to_string(sources.indexOf({citation.text, citation.url}));
        }
        json += "]]";
    }
    return json + "]";
}

template <typename Value, typename Write>
void writeArray(std::ostream& out, const char* name, const std::vector<Value>& values,
                Write write) {
    out << ",\"" << name << "\":[";
    for (size_t i = 0; i < values.size(); ++i) {
        out << (i ? "," : "");
        write(values[i]);
    }
    out << "]";
}

} // namespace

HtmlTimeline htmlTimeline(const HtmlTimelineInput& input) {
    Interned<StyleKey> styles;
    Interned<std::string> statuses;
    Interned<std::string> eventLists;
    Interned<std::pair<std::string, std::string>> sources;
    std::vector<std::string> titles;
    std::vector<std::string> legends;
    // Per slot: its runs, as JSON arrays, and the last run's content for comparison.
    std::map<std::string, std::vector<std::string>> runs;
    std::map<std::string, std::string> lastRun;
    std::map<std::string, std::string> names;

    for (size_t d = 0; d < input.dates.size(); ++d) {
        const auto& date = input.dates[d];
        const auto scene = input.sceneOn(date);
        titles.push_back(scene.title);
        std::string legend = "[";
        for (size_t i = 0; i < scene.legend.size(); ++i) {
            const auto& entry = scene.legend[i];
            legend += (i ? "," : "") + std::string("[") +
                      std::to_string(styles.indexOf({entry.style})) + "," +
                      quoted(render::legendLabel(entry)) + "]";
        }
        legends.push_back(legend + "]");
        for (const auto& slot : input.mesh.entityCodes) {
            if (slot.starts_with('?')) {
                continue;
            }
            const auto details =
                scene::entityDetails(input.dataset, input.view, input.worldview, date, slot);
            if (!details.name.empty()) {
                names.try_emplace(slot, details.name);
            }
            const auto& holder = scene.holderOfSlot(slot);
            const std::string content =
                std::to_string(styles.indexOf({scene.styleOf(slot)})) + "," +
                quoted(holder == slot ? "" : holder) + "," +
                std::to_string(statuses.indexOf(details.status.empty()
                                                    ? std::string("No data on this date")
                                                    : details.status)) +
                "," + std::to_string(eventLists.indexOf(eventsJson(details.events, sources)));
            if (lastRun[slot] != content) {
                lastRun[slot] = content;
                runs[slot].push_back("[" + std::to_string(d) + "," + content + "]");
            }
        }
    }

    std::ostringstream json;
    json << "\"initial\":" << input.initial;
    writeArray(json, "dates", input.dates,
               [&](const core::Date& date) { json << quoted(date.toString()); });
    writeArray(json, "titles", titles, [&](const std::string& text) { json << quoted(text); });
    writeArray(json, "legend", legends, [&](const std::string& legend) { json << legend; });
    writeArray(json, "statuses", statuses.values(),
               [&](const std::string& text) { json << quoted(text); });
    writeArray(json, "eventLists", eventLists.values(),
               [&](const std::string& list) { json << list; });
    writeArray(json, "sources", sources.values(), [&](const auto& source) {
        json << "[" << quoted(source.first) << "," << quoted(source.second) << "]";
    });
    json << ",\"names\":{";
    bool first = true;
    for (const auto& [code, name] : names) {
        json << (first ? "" : ",") << quoted(code) << ":" << quoted(name);
        first = false;
    }
    json << "},\"slots\":{";
    first = true;
    for (const auto& [slot, list] : runs) {
        json << (first ? "" : ",") << quoted(slot) << ":[" << core::joinList(list, ",") << "]";
        first = false;
    }
    json << "}";

    HtmlTimeline timeline;
    for (const auto& key : styles.values()) {
        timeline.styles.push_back(key.style);
    }
    timeline.json = json.str();
    return timeline;
}

} // namespace recmap::workspace
