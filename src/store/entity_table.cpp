#include "store/entity_table.hpp"

#include "core/text.hpp"

#include <regex>

namespace recmap::store {
namespace {

const std::vector<std::string_view> entityColumns{
    "code",       "qid",         "name",      "aliases",      "kind",
    "claimed_by", "exists_from", "exists_to", "boundary_key", "sources"};

std::optional<core::Date> parseOptionalDate(const std::string& text, const char* column,
                                            const CsvTable& table, const CsvRow& row,
                                            Findings& findings, bool& ok) {
    if (text.empty()) {
        return std::nullopt;
    }
    auto date = core::Date::parse(text);
    if (!date) {
        findings.push_back(
            {table.path, row.line,
             std::string(column) + ": unparsable or impossible date '" + text + "'"});
        ok = false;
    }
    return date;
}

} // namespace

EntityTable EntityTable::fromCsv(const CsvTable& table, Findings& findings) {
    EntityTable result;
    if (!expectHeader(table, entityColumns, findings)) {
        return result;
    }
    static const std::regex codePattern("[A-Z]{3}");
    static const std::regex qidPattern("Q[1-9][0-9]*");
    for (const auto& row : table.rows) {
        const auto& f = row.fields;
        bool ok = true;
        core::Entity entity;
        entity.code = f[0];
        if (!std::regex_match(entity.code, codePattern)) {
            findings.push_back({table.path, row.line,
                                "code must be three capital letters, found '" + entity.code + "'"});
            ok = false;
        }
        entity.qid = f[1];
        if (!entity.qid.empty() && !std::regex_match(entity.qid, qidPattern)) {
            findings.push_back(
                {table.path, row.line, "qid must look like Q1246, found '" + entity.qid + "'"});
            ok = false;
        }
        entity.name = f[2];
        if (entity.name.empty()) {
            findings.push_back({table.path, row.line, "name is empty"});
            ok = false;
        }
        entity.aliases = core::splitList(f[3], '|');
        if (auto kind = core::parseEntityKind(f[4])) {
            entity.kind = *kind;
        } else {
            findings.push_back({table.path, row.line, "unknown kind '" + f[4] + "'"});
            ok = false;
        }
        entity.claimedBy = core::splitList(f[5], '|');
        entity.existsFrom = parseOptionalDate(f[6], "exists_from", table, row, findings, ok);
        entity.existsTo = parseOptionalDate(f[7], "exists_to", table, row, findings, ok);
        if (entity.existsFrom && entity.existsTo && *entity.existsTo < *entity.existsFrom) {
            findings.push_back({table.path, row.line, "exists_to is before exists_from"});
            ok = false;
        }
        entity.boundaryKey = f[8];
        entity.sources = core::splitList(f[9], '|');
        if ((entity.existsFrom || entity.existsTo) && entity.sources.empty()) {
            findings.push_back({table.path, row.line, "dates of existence need a source"});
            ok = false;
        }
        if (!ok) {
            continue;
        }
        const size_t index = result.m_entities.size();
        std::vector<std::string> names{entity.code, entity.name};
        if (!entity.qid.empty()) {
            names.push_back(entity.qid);
        }
        names.insert(names.end(), entity.aliases.begin(), entity.aliases.end());
        for (const auto& name : names) {
            if (auto owner = result.m_index.add(name, index)) {
                findings.push_back(
                    {table.path, row.line,
                     "name '" + name + "' already belongs to " + result.m_entities[*owner].code});
            }
        }
        result.m_entities.push_back(std::move(entity));
    }
    return result;
}

const core::Entity* EntityTable::find(std::string_view name) const {
    auto index = indexOf(name);
    return index ? &m_entities[*index] : nullptr;
}

std::optional<size_t> EntityTable::indexOf(std::string_view name) const {
    return m_index.find(name);
}

} // namespace recmap::store
