#pragma once

#include "core/dataset.hpp"
#include "geo/map_mesh.hpp"
#include "scene/entity_details.hpp"
#include "scene/map_scene.hpp"
#include "scene/view_spec.hpp"
#include "scene/worldview.hpp"

#include <set>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace recmap::app {

using scene::DetailEvent;
using scene::EntityDetails;

// The explorer's data: the dataset, the prepared map, the current view and date, and the scene
// they give. No GL: the window draws the scene with the shared renderer.
class ExplorerModel {
  public:
    ExplorerModel(std::unique_ptr<core::Dataset> dataset, geo::MapMesh mesh);

    // Changes the view; returns the error message when the view does not parse or resolve.
    std::optional<std::string> setView(const std::string& text);
    void setDate(const core::Date& date);
    // un, de-facto or a state; returns the error message when it does not resolve.
    std::optional<std::string> setWorldview(const std::string& text);
    [[nodiscard]] const scene::Worldview& worldview() const { return m_worldview; }
    // "un", "de-facto", then the states with a recorded position or a claim, by code.
    [[nodiscard]] std::vector<std::string> worldviewChoices() const;
    // The map in another projection (the scene is by entity code: it stays).
    void setMesh(geo::MapMesh mesh);
    // Shows or hides a legend category (by label); a new view shows all again.
    void toggleCategory(const std::string& label);
    // Compare mode: Changes colours what changed between the compare date and the date (the
    // change view of the current view); Swipe keeps the view and gives the compare date's scene
    // for the left of a divider. Both make details show the two dates. Countries and views that
    // already compare are left as they are.
    enum class Compare { Off, Changes, Swipe };
    void setCompare(Compare mode, const core::Date& from);
    [[nodiscard]] Compare compareMode() const { return m_compare; }
    [[nodiscard]] const core::Date& compareDate() const { return m_compareFrom; }
    // Swipe mode: the view's scene on the compare date.
    [[nodiscard]] const scene::MapScene& compareScene() const { return m_compareScene; }
    [[nodiscard]] const scene::MapScene& scene() const { return m_scene; }
    [[nodiscard]] const geo::MapMesh& mesh() const { return m_mesh; }
    [[nodiscard]] const core::Date& date() const { return m_date; }
    [[nodiscard]] const std::string& viewText() const { return m_viewText; }
    // Days since 1970 of the first dated fact and of today: the timeline's range.
    [[nodiscard]] std::pair<long, long> dateRange() const { return m_range; }
    // Dates of the view's events (ticks on the timeline).
    [[nodiscard]] const std::vector<long>& eventDays() const { return m_eventDays; }
    // The entity at a projected point, if any.
    [[nodiscard]] std::optional<std::string> pick(const geo::Point& point) const;
    [[nodiscard]] EntityDetails details(const std::string& code) const;
    struct Match {
        std::string code;
        std::string name;
    };
    // Entities whose code, name, QID or an alias contains `text` (case-insensitive), best first.
    [[nodiscard]] std::vector<Match> search(const std::string& text, size_t limit) const;
    // The same over organisations (code, name, QID, aliases).
    [[nodiscard]] std::vector<Match> searchOrganisations(const std::string& text,
                                                         size_t limit) const;
    // Where an entity is drawn (its anchor) and how big it is, for flying to it.
    [[nodiscard]] std::optional<std::pair<geo::Point, double>>
    locate(const std::string& code) const;

  private:
    void rebuildScene();
    // The view drawn: the chosen one, or its change view in compare mode.
    [[nodiscard]] scene::ViewSpec shownView() const;
    [[nodiscard]] bool comparable() const;

    std::unique_ptr<core::Dataset> m_dataset;
    geo::MapMesh m_mesh;
    std::vector<geo::Bounds> m_entityBounds;
    scene::ViewSpec m_view;
    scene::Worldview m_worldview;
    std::string m_viewText = "countries";
    core::Date m_date = core::Date::today();
    std::set<std::string> m_hiddenCategories;
    scene::MapScene m_scene;
    Compare m_compare = Compare::Off;
    core::Date m_compareFrom = core::Date::today();
    scene::MapScene m_compareScene;
    std::pair<long, long> m_range;
    std::vector<long> m_eventDays;
};

} // namespace recmap::app
