#pragma once

#include "core/alias_index.hpp"
#include "core/boundary_holding.hpp"
#include "core/derived_boundary.hpp"
#include "core/entity.hpp"
#include "core/event.hpp"
#include "core/organisation.hpp"
#include "core/source.hpp"
#include "core/territory_position.hpp"

#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace recmap::core {

// Every fact of the dataset, indexed. Filled by store (from data/ or the database), then
// finalise()d; read-only after that.
class Dataset {
  public:
    void addEntity(Entity entity);
    void addOrganisation(Organisation organisation);
    void addSource(Source source);
    void addRecognition(RecognitionEvent event);
    void addMembership(MembershipEvent event);
    void addNote(SubjectNote note);
    void addDerivedBoundary(DerivedBoundary boundary);
    void addTerritoryPosition(TerritoryPosition position);
    void addBoundaryHolding(BoundaryHolding holding);
    // Room for the rows a reader knows are coming: no vector regrows while it fills.
    void reserve(size_t sources, size_t recognitions, size_t memberships);
    // Sorts each history by date (stable: file order breaks ties) and builds the indexes.
    void finalise();

    [[nodiscard]] const std::vector<Entity>& entities() const { return m_entities; }
    [[nodiscard]] const std::vector<Organisation>& organisations() const { return m_organisations; }
    [[nodiscard]] const std::vector<Source>& sources() const { return m_sources; }
    [[nodiscard]] const std::vector<RecognitionEvent>& recognitionEvents() const {
        return m_recognitions;
    }
    [[nodiscard]] const std::vector<MembershipEvent>& membershipEvents() const {
        return m_memberships;
    }
    [[nodiscard]] const std::vector<SubjectNote>& notes() const { return m_notes; }
    [[nodiscard]] const std::vector<DerivedBoundary>& derivedBoundaries() const {
        return m_derivedBoundaries;
    }
    // Sorted by territory, worldview, then date (undated first).
    [[nodiscard]] const std::vector<TerritoryPosition>& territoryPositions() const {
        return m_positions;
    }
    // The positions on one territory, in that order (empty for most entities).
    [[nodiscard]] std::span<const TerritoryPosition>
    territoryPositionsOf(std::string_view territory) const;

    // Sorted by boundary key, then start (undated first).
    [[nodiscard]] const std::vector<BoundaryHolding>& boundaryHoldings() const {
        return m_holdings;
    }
    // The rows of one boundary key, in that order (empty for most features).
    [[nodiscard]] std::span<const BoundaryHolding> holdingsOf(std::string_view boundaryKey) const;
    // Who covers the feature of `entityCode`'s boundary on `date`: the row in force, or nullptr
    // when the feature is its own entity's then.
    [[nodiscard]] const BoundaryHolding* holdingOn(std::string_view entityCode,
                                                   const Date& date) const;

    // By code, alias, QID or name, case-insensitive; nullptr when unknown.
    [[nodiscard]] const Entity* entity(std::string_view name) const;
    [[nodiscard]] const Organisation* organisation(std::string_view name) const;
    [[nodiscard]] const Source* source(std::string_view id) const;

    // Events of one pair in date order.
    [[nodiscard]] const std::vector<const RecognitionEvent*>&
    recognitionHistory(const std::string& subject, const std::string& recogniser) const;
    [[nodiscard]] const std::vector<const MembershipEvent*>&
    membershipHistory(const std::string& organisation, const std::string& member) const;
    // Subjects that have recognition data (recognition/<SUBJECT>.csv), sorted.
    [[nodiscard]] std::vector<std::string> recognitionSubjects() const;
    [[nodiscard]] bool hasMembershipData(const std::string& organisation) const {
        return m_organisationsWithData.contains(organisation);
    }
    // Organisations that have membership data, sorted.
    [[nodiscard]] std::vector<std::string> membershipOrganisations() const;

  private:
    using PairKey = std::pair<std::string, std::string>;
    std::vector<Entity> m_entities;
    std::vector<Organisation> m_organisations;
    std::vector<Source> m_sources;
    std::vector<RecognitionEvent> m_recognitions;
    std::vector<MembershipEvent> m_memberships;
    std::vector<SubjectNote> m_notes;
    std::vector<DerivedBoundary> m_derivedBoundaries;
    std::vector<TerritoryPosition> m_positions;
    std::vector<BoundaryHolding> m_holdings;
    AliasIndex m_entityIndex;
    AliasIndex m_organisationIndex;
    std::unordered_map<std::string, size_t> m_sourceIndex;
    std::map<PairKey, std::vector<const RecognitionEvent*>> m_recognitionHistory;
    std::map<PairKey, std::vector<const MembershipEvent*>> m_membershipHistory;
    std::set<std::string> m_organisationsWithData;
};

} // namespace recmap::core
