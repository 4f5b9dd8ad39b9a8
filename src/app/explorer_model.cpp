#include "app/explorer_model.hpp"

#include "core/error.hpp"
#include "core/status.hpp"
#include "core/text.hpp"
#include "scene/legend_toggles.hpp"
#include "scene/view_events.hpp"
#include "scene/view_scene.hpp"

#include <algorithm>
#include <set>

namespace recmap::app {

ExplorerModel::ExplorerModel(std::unique_ptr<core::Dataset> dataset, geo::MapMesh mesh)
    : m_dataset(std::move(dataset)) {
    setMesh(std::move(mesh));
    long first = core::Date::today().dayNumber();
    for (const auto& event : m_dataset->membershipEvents()) {
        first = std::min(first, event.date.dayNumber());
    }
    for (const auto& event : m_dataset->recognitionEvents()) {
        first = std::min(first, event.date.dayNumber());
    }
    m_range = {first, core::Date::today().dayNumber()};
    rebuildScene();
}

std::optional<std::string> ExplorerModel::setView(const std::string& text) {
    try {
        auto view = scene::ViewSpec::parse(text);
        const auto previous = m_view;
        auto previousHidden = std::move(m_hiddenCategories);
        m_hiddenCategories.clear();
        m_view = view;
        try {
            rebuildScene();
        } catch (...) {
            m_view = previous;
            m_hiddenCategories = std::move(previousHidden);
            throw;
        }
        m_viewText = text;
    } catch (const core::Error& error) {
        return error.what();
    }
    // Ticks only for views about named subjects or organisations (not countries, where:).
    m_eventDays.clear();
    if (const auto names = m_view.namesAbout(); !names.empty()) {
        const auto days = scene::eventDaysAbout(*m_dataset, names);
        m_eventDays.assign(days.begin(), days.end());
    }
    return std::nullopt;
}

std::optional<std::string> ExplorerModel::setWorldview(const std::string& text) {
    try {
        m_worldview = scene::parseWorldview(text, *m_dataset);
    } catch (const core::Error& error) {
        return error.what();
    }
    rebuildScene();
    return std::nullopt;
}

std::vector<std::string> ExplorerModel::worldviewChoices() const {
    std::set<std::string> states;
    for (const auto& position : m_dataset->territoryPositions()) {
        if (position.worldview != "un" && position.worldview != "de-facto") {
            states.insert(position.worldview);
        }
    }
    for (const auto& entity : m_dataset->entities()) {
        states.insert(entity.claimedBy.begin(), entity.claimedBy.end());
    }
    std::vector<std::string> choices{"un", "de-facto"};
    choices.insert(choices.end(), states.begin(), states.end());
    return choices;
}

void ExplorerModel::setDate(const core::Date& date) {
    if (date == m_date) {
        return;
    }
    m_date = date;
    rebuildScene();
}

bool ExplorerModel::comparable() const {
    using Kind = scene::ViewSpec::Kind;
    return m_view.kind != Kind::Countries && m_view.kind != Kind::Changes &&
           m_view.kind != Kind::Agreement;
}

scene::ViewSpec ExplorerModel::shownView() const {
    if (m_compare == Compare::Changes && comparable()) {
        scene::ViewSpec changes;
        changes.kind = scene::ViewSpec::Kind::Changes;
        changes.parts = {m_view};
        changes.from = m_compareFrom.toString();
        return changes;
    }
    return m_view;
}

void ExplorerModel::setCompare(Compare mode, const core::Date& from) {
    if (mode == m_compare && from == m_compareFrom) {
        return;
    }
    m_compare = mode;
    m_compareFrom = from;
    rebuildScene();
}

void ExplorerModel::rebuildScene() {
    const auto palette = *scene::paletteNamed("okabe-ito");
    const scene::MapEntities map{m_mesh.entityCodes, m_mesh.adjacency};
    m_scene = scene::viewScene(*m_dataset, shownView(), m_date, palette, m_worldview, map);
    scene::hideCategories(m_scene, m_hiddenCategories);
    if (m_compare == Compare::Swipe) {
        m_compareScene =
            scene::viewScene(*m_dataset, m_view, m_compareFrom, palette, m_worldview, map);
        scene::hideCategories(m_compareScene, m_hiddenCategories);
    }
}

void ExplorerModel::setMesh(geo::MapMesh mesh) {
    m_mesh = std::move(mesh);
    m_entityBounds.assign(m_mesh.entityCodes.size(), geo::Bounds{1e30, 1e30, -1e30, -1e30});
    for (const auto& ring : m_mesh.rings) {
        auto& box = m_entityBounds[ring.entity];
        for (const auto& p : ring.points) {
            box = {std::min(box.minX, double(p.x)), std::min(box.minY, double(p.y)),
                   std::max(box.maxX, double(p.x)), std::max(box.maxY, double(p.y))};
        }
    }
}

void ExplorerModel::toggleCategory(const std::string& label) {
    if (!m_hiddenCategories.erase(label)) {
        m_hiddenCategories.insert(label);
    }
    rebuildScene();
}

std::optional<std::string> ExplorerModel::pick(const geo::Point& point) const {
    // Even-odd over each candidate entity's rings (holes included), smallest first so an
    // enclave wins over the state around it.
    std::optional<std::string> best;
    double bestArea = 1e300;
    for (size_t e = 0; e < m_entityBounds.size(); ++e) {
        const auto& box = m_entityBounds[e];
        if (point.x < box.minX || point.x > box.maxX || point.y < box.minY || point.y > box.maxY ||
            m_mesh.entityAreas[e] >= bestArea) {
            continue;
        }
        bool inside = false;
        for (const auto& ring : m_mesh.rings) {
            if (ring.entity != e) {
                continue;
            }
            const auto& pts = ring.points;
            for (size_t i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
                if ((pts[i].y > point.y) != (pts[j].y > point.y) &&
                    point.x < (double(pts[j].x) - pts[i].x) * (point.y - pts[i].y) /
                                      (double(pts[j].y) - pts[i].y) +
                                  pts[i].x) {
                    inside = !inside;
                }
            }
        }
        if (inside && !m_mesh.entityCodes[e].starts_with('?')) {
            best = m_mesh.entityCodes[e];
            bestArea = m_mesh.entityAreas[e];
        }
    }
    return best;
}

namespace {

// Best first: a name equal to the text, then one starting with it, then one containing it
// (case-insensitive); ties keep the dataset's order.
template <typename Item>
std::vector<ExplorerModel::Match> rankedMatches(const std::vector<Item>& items,
                                                const std::string& text, size_t limit) {
    std::vector<ExplorerModel::Match> matches;
    const auto needle = core::toLowerAscii(core::trim(text));
    if (needle.empty()) {
        return matches;
    }
    std::vector<std::pair<int, ExplorerModel::Match>> ranked;
    for (const auto& item : items) {
        int rank = -1;
        std::vector<std::string> names{item.code, item.name, item.qid};
        names.insert(names.end(), item.aliases.begin(), item.aliases.end());
        for (const auto& name : names) {
            const auto lower = core::toLowerAscii(name);
            if (lower == needle) {
                rank = 0;
            } else if (lower.starts_with(needle)) {
                rank = rank < 0 ? 1 : std::min(rank, 1);
            } else if (lower.find(needle) != std::string::npos) {
                rank = rank < 0 ? 2 : rank;
            }
        }
        if (rank >= 0) {
            ranked.push_back({rank, {item.code, item.name}});
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [rank, match] : ranked) {
        if (matches.size() == limit) {
            break;
        }
        matches.push_back(match);
    }
    return matches;
}

} // namespace

std::vector<ExplorerModel::Match> ExplorerModel::search(const std::string& text,
                                                        size_t limit) const {
    return rankedMatches(m_dataset->entities(), text, limit);
}

std::vector<ExplorerModel::Match> ExplorerModel::searchOrganisations(const std::string& text,
                                                                     size_t limit) const {
    return rankedMatches(m_dataset->organisations(), text, limit);
}

std::optional<std::pair<geo::Point, double>> ExplorerModel::locate(const std::string& code) const {
    auto found = std::find(m_mesh.entityCodes.begin(), m_mesh.entityCodes.end(), code);
    if (found == m_mesh.entityCodes.end()) {
        // An entity with no boundary of its own (the Soviet Union) is found through the slots
        // drawn as it on the date: the largest.
        double largest = 0;
        for (size_t i = 0; i < m_mesh.entityCodes.size() && i < m_mesh.entityAreas.size(); ++i) {
            if (m_scene.holderOfSlot(m_mesh.entityCodes[i]) == code &&
                m_mesh.entityAreas[i] > largest) {
                largest = m_mesh.entityAreas[i];
                found = m_mesh.entityCodes.begin() + static_cast<std::ptrdiff_t>(i);
            }
        }
    }
    if (found == m_mesh.entityCodes.end()) {
        return std::nullopt;
    }
    const auto index = static_cast<size_t>(found - m_mesh.entityCodes.begin());
    const auto& box = m_entityBounds[index];
    const auto anchor = m_mesh.entityAnchors[index];
    return std::make_pair(geo::Point{anchor.x, anchor.y}, std::max(box.width(), box.height()));
}

EntityDetails ExplorerModel::details(const std::string& code) const {
    if (m_compare != Compare::Off && comparable()) {
        // Both dates: the change view's details give the status on each and the events.
        scene::ViewSpec changes;
        changes.kind = scene::ViewSpec::Kind::Changes;
        changes.parts = {m_view};
        changes.from = m_compareFrom.toString();
        return scene::entityDetails(*m_dataset, changes, m_worldview, m_date, code);
    }
    return scene::entityDetails(*m_dataset, m_view, m_worldview, m_date, code);
}

} // namespace recmap::app
