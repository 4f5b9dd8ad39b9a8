#include "core/dataset.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace recmap::core {

namespace {

// An entity or organisation is found by its code, name, Wikidata QID and every alias.
template <typename Named> void indexNames(AliasIndex& index, const Named& item, size_t position) {
    index.add(item.code, position);
    index.add(item.name, position);
    if (!item.qid.empty()) {
        index.add(item.qid, position);
    }
    for (const auto& alias : item.aliases) {
        index.add(alias, position);
    }
}

// The rows of a span sorted by `key` whose key is `wanted`. std::equal_range rather than
// std::ranges::equal_range: clang 14 (the fuzz build) cannot compile libstdc++ 12's subrange
// into a span.
template <typename Row, typename Key>
std::span<const Row> rowsWithKey(std::span<const Row> rows, std::string_view wanted, Key key) {
    const auto first = std::partition_point(rows.begin(), rows.end(),
                                            [&](const Row& row) { return key(row) < wanted; });
    const auto last =
        std::partition_point(first, rows.end(), [&](const Row& row) { return key(row) == wanted; });
    return rows.subspan(static_cast<size_t>(first - rows.begin()),
                        static_cast<size_t>(last - first));
}

} // namespace

void Dataset::addEntity(Entity entity) {
    indexNames(m_entityIndex, entity, m_entities.size());
    m_entities.push_back(std::move(entity));
}

void Dataset::addOrganisation(Organisation organisation) {
    indexNames(m_organisationIndex, organisation, m_organisations.size());
    m_organisations.push_back(std::move(organisation));
}

void Dataset::addSource(Source source) {
    m_sourceIndex.emplace(source.id, m_sources.size());
    m_sources.push_back(std::move(source));
}

void Dataset::reserve(size_t sources, size_t recognitions, size_t memberships) {
    m_sources.reserve(sources);
    m_sourceIndex.reserve(sources);
    m_recognitions.reserve(recognitions);
    m_memberships.reserve(memberships);
}

void Dataset::addRecognition(RecognitionEvent event) {
    m_recognitions.push_back(std::move(event));
}
void Dataset::addMembership(MembershipEvent event) {
    m_memberships.push_back(std::move(event));
}
void Dataset::addNote(SubjectNote note) {
    m_notes.push_back(std::move(note));
}
void Dataset::addDerivedBoundary(DerivedBoundary boundary) {
    m_derivedBoundaries.push_back(std::move(boundary));
}
void Dataset::addTerritoryPosition(TerritoryPosition position) {
    m_positions.push_back(std::move(position));
}

void Dataset::addBoundaryHolding(BoundaryHolding holding) {
    m_holdings.push_back(std::move(holding));
}

void Dataset::finalise() {
    auto byDate = [](const auto& a, const auto& b) {
        return a.date < b.date;
    };
    std::stable_sort(m_recognitions.begin(), m_recognitions.end(), byDate);
    std::stable_sort(m_memberships.begin(), m_memberships.end(), byDate);
    std::stable_sort(m_notes.begin(), m_notes.end(), byDate);
    std::stable_sort(m_positions.begin(), m_positions.end(), [](const auto& a, const auto& b) {
        return std::tie(a.territory, a.worldview, a.from) <
               std::tie(b.territory, b.worldview, b.from);
    });
    std::stable_sort(m_holdings.begin(), m_holdings.end(), [](const auto& a, const auto& b) {
        return std::tie(a.boundaryKey, a.from) < std::tie(b.boundaryKey, b.from);
    });
    m_recognitionHistory.clear();
    m_membershipHistory.clear();
    for (const auto& event : m_recognitions) {
        m_recognitionHistory[{event.subject, event.recogniser}].push_back(&event);
    }
    m_organisationsWithData.clear();
    for (const auto& event : m_memberships) {
        m_membershipHistory[{event.organisation, event.member}].push_back(&event);
        m_organisationsWithData.insert(event.organisation);
    }
}

std::span<const TerritoryPosition> Dataset::territoryPositionsOf(std::string_view territory) const {
    return rowsWithKey(
        std::span<const TerritoryPosition>(m_positions), territory,
        [](const TerritoryPosition& position) -> std::string_view { return position.territory; });
}

std::span<const BoundaryHolding> Dataset::holdingsOf(std::string_view boundaryKey) const {
    return rowsWithKey(
        std::span<const BoundaryHolding>(m_holdings), boundaryKey,
        [](const BoundaryHolding& holding) -> std::string_view { return holding.boundaryKey; });
}

const BoundaryHolding* Dataset::holdingOn(std::string_view entityCode, const Date& date) const {
    const Entity* owner = entity(entityCode);
    if (owner == nullptr || owner->code != entityCode || owner->boundaryKey.empty()) {
        return nullptr;
    }
    for (const auto& holding : holdingsOf(owner->boundaryKey)) {
        if (holding.holdsOn(date)) {
            return &holding;
        }
    }
    return nullptr;
}

const Entity* Dataset::entity(std::string_view name) const {
    auto index = m_entityIndex.find(name);
    return index ? &m_entities[*index] : nullptr;
}

const Organisation* Dataset::organisation(std::string_view name) const {
    auto index = m_organisationIndex.find(name);
    return index ? &m_organisations[*index] : nullptr;
}

const Source* Dataset::source(std::string_view id) const {
    auto found = m_sourceIndex.find(std::string(id));
    return found == m_sourceIndex.end() ? nullptr : &m_sources[found->second];
}

const std::vector<const RecognitionEvent*>&
Dataset::recognitionHistory(const std::string& subject, const std::string& recogniser) const {
    static const std::vector<const RecognitionEvent*> none;
    auto found = m_recognitionHistory.find({subject, recogniser});
    return found == m_recognitionHistory.end() ? none : found->second;
}

const std::vector<const MembershipEvent*>&
Dataset::membershipHistory(const std::string& organisation, const std::string& member) const {
    static const std::vector<const MembershipEvent*> none;
    auto found = m_membershipHistory.find({organisation, member});
    return found == m_membershipHistory.end() ? none : found->second;
}

std::vector<std::string> Dataset::recognitionSubjects() const {
    std::set<std::string> subjects;
    for (const auto& event : m_recognitions) {
        subjects.insert(event.subject);
    }
    return {subjects.begin(), subjects.end()};
}

std::vector<std::string> Dataset::membershipOrganisations() const {
    return {m_organisationsWithData.begin(), m_organisationsWithData.end()};
}

} // namespace recmap::core
