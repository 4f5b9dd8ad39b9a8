#include "store/data_directory_reader.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "store/entity_table.hpp"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace recmap::store {

void DataDirectoryReader::readDerivedBoundaries() {
    const auto found = optionalTable("derived_boundaries.csv", derivedColumns);
    if (!found) {
        return;
    }
    const auto& table = *found;
    std::set<std::string> boundaryKeys;
    for (const auto& entity : m_result.dataset.entities()) {
        boundaryKeys.insert(entity.boundaryKey);
    }
    std::set<std::string> seen;
    for (const auto& row : table.rows) {
        const auto& f = row.fields;
        const size_t before = m_result.findings.size();
        if (f[0].empty() || !boundaryKeys.contains(f[0])) {
            error(table, row, "key: no entity has boundary_key '" + f[0] + "'");
        } else if (!seen.insert(f[0]).second) {
            error(table, row, "duplicate derived boundary '" + f[0] + "'");
        }
        if (f[1].empty() || !boundaryKeys.contains(f[1]) || f[1] == f[0]) {
            error(table, row, "from_key: no other entity has boundary_key '" + f[1] + "'");
        }
        std::string problem;
        auto rule = core::BoundaryRule::parse(f[2], problem);
        if (!rule) {
            error(table, row, "rule: " + problem);
        }
        const auto sources = core::splitList(f[3], '|');
        checkSources(table, row, sources, true);
        if (m_result.findings.size() == before) {
            m_result.dataset.addDerivedBoundary(
                {f[0], f[1], f[2], *rule, sources, f[4], {table.path, row.line}});
        }
    }
}

const core::Entity* DataDirectoryReader::entityCode(const CsvTable& table, const CsvRow& row,
                                                    const std::string& text, const char* column) {
    const core::Entity* entity = m_result.dataset.entity(text);
    if (entity == nullptr || entity->code != text) {
        error(table, row, std::string(column) + ": unknown entity code '" + text + "'");
        return nullptr;
    }
    return entity;
}

void DataDirectoryReader::readWorldviews() {
    const auto found = optionalTable("worldviews.csv", worldviewColumns);
    if (!found) {
        return;
    }
    const auto& table = *found;
    std::map<std::tuple<std::string, std::string, std::string>, size_t> lineOf;
    for (const auto& row : table.rows) {
        const auto& f = row.fields;
        const size_t before = m_result.findings.size();
        entityCode(table, row, f[0], "territory");
        entityCode(table, row, f[1], "drawn_as");
        if (f[2] != "un" && f[2] != "de-facto") {
            entityCode(table, row, f[2], "worldview (un, de-facto or a state's code)");
        }
        const auto from = date(table, row, f[3], "from", false);
        const auto sources = core::splitList(f[4], '|');
        checkSources(table, row, sources, true);
        if (auto [at, fresh] = lineOf.emplace(std::tuple{f[0], f[2], f[3]}, row.line); !fresh) {
            error(table, row,
                  "duplicate position of " + f[0] + " for worldview " + f[2] +
                      (f[3].empty() ? "" : " from " + f[3]) + " (line " +
                      std::to_string(at->second) + ")");
        }
        if (m_result.findings.size() == before) {
            m_result.dataset.addTerritoryPosition(
                {f[0], f[2], from, f[1], sources, f[5], {table.path, row.line}});
        }
    }
}

void DataDirectoryReader::readBoundaryHistory() {
    const auto found = optionalTable("boundary_history.csv", holdingColumns);
    if (!found) {
        return;
    }
    const auto& table = *found;
    std::set<std::string> keys;
    for (const auto& entity : m_result.dataset.entities()) {
        if (!entity.boundaryKey.empty()) {
            keys.insert(entity.boundaryKey);
        }
    }
    // Per key, the rows read so far, to refuse overlaps.
    std::map<std::string, std::vector<std::pair<core::BoundaryHolding, size_t>>> byKey;
    for (const auto& row : table.rows) {
        const auto& f = row.fields;
        const size_t before = m_result.findings.size();
        if (!keys.contains(f[0])) {
            error(table, row,
                  "boundary_key '" + f[0] + "' is no entity's boundary_key (entities.csv)");
        }
        const core::Entity* holder = entityCode(table, row, f[1], "entity");
        const auto role = core::parseHoldingRole(f[2]);
        if (!role) {
            error(table, row, "unknown role '" + f[2] + "' (part, dependency or annexed)");
        }
        const auto from = date(table, row, f[3], "from", false);
        const auto to = date(table, row, f[4], "to", false);
        if (from && to && to->dayNumber() <= from->dayNumber()) {
            error(table, row, "to (" + f[4] + ") must be after from (" + f[3] + ")");
        }
        if (holder) {
            // An empty `from` means "since before 1945", which only a holder existing then can be.
            static const auto coverageStart = core::Date::fromYmd(1945, 1, 1);
            if (holder->existsFrom &&
                (from ? from->dayNumber() < holder->existsFrom->dayNumber()
                      : holder->existsFrom->dayNumber() > coverageStart.dayNumber())) {
                error(table, row,
                      holder->code + " exists from " + holder->existsFrom->toString() +
                          " but would hold '" + f[0] + "' " +
                          (from ? "from " + from->toString() : "before that"));
            }
            if (holder->existsTo && (!to || to->dayNumber() > holder->existsTo->dayNumber())) {
                error(table, row,
                      holder->code + " ceased on " + holder->existsTo->toString() +
                          " but would hold '" + f[0] + "' " +
                          (to ? "until " + to->toString() : "after that"));
            }
        }
        const auto sources = core::splitList(f[5], '|');
        if (checkSources(table, row, sources, true) && from) {
            checkSourceDates(table, row, sources, *from);
        }
        if (m_result.findings.size() != before) {
            continue;
        }
        core::BoundaryHolding holding{f[0], holder->code, *role, from,
                                      to,   sources,      f[6],  {table.path, row.line}};
        auto& others = byKey[f[0]];
        for (const auto& [other, line] : others) {
            const bool apart =
                (holding.to && other.from && holding.to->dayNumber() <= other.from->dayNumber()) ||
                (other.to && holding.from && other.to->dayNumber() <= holding.from->dayNumber());
            if (!apart) {
                error(table, row,
                      "'" + f[0] + "' is held by " + other.holder + " at line " +
                          std::to_string(line) + " over part of the same period");
            }
        }
        if (m_result.findings.size() == before) {
            others.emplace_back(holding, row.line);
            m_result.dataset.addBoundaryHolding(std::move(holding));
        }
    }
}

} // namespace recmap::store
