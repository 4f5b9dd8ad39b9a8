#include "store/data_directory_reader.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "store/entity_table.hpp"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace recmap::store {
namespace {

// Why a URL is unlikely to keep working: a bare IP address, a port other than the scheme's
// default, or a servlet/session link.
std::optional<std::string> unstableUrl(const std::string& url) {
    static const std::regex address(R"(https?://(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})[:/].*)");
    static const std::regex port(R"(https?://[^/:]+:(\d+)(/.*)?)");
    std::smatch match;
    if (std::regex_match(url, match, address)) {
        return "an IP address, " + match[1].str();
    }
    if (std::regex_match(url, match, port)) {
        const auto number = match[1].str();
        const bool standard = (number == "443" && url.starts_with("https://")) ||
                              (number == "80" && url.starts_with("http://"));
        if (!standard) {
            return "port " + number;
        }
    }
    for (const char* marker : {"/servlet/", "jsessionid", ".jsp?"}) {
        if (url.find(marker) != std::string::npos) {
            return std::string("a servlet or session link");
        }
    }
    return std::nullopt;
}

} // namespace

void DataDirectoryReader::readSources() {
    const auto table = readTable(m_directory / "sources.csv");
    const bool archives =
        table.header.size() == sourceArchiveColumns.size() &&
        std::equal(table.header.begin(), table.header.end(), sourceArchiveColumns.begin());
    if (!archives && !expectHeader(table, sourceColumns, m_result.findings)) {
        return;
    }
    static const std::regex idPattern("[a-z0-9][a-z0-9-]*");
    std::set<std::string> seen;
    for (const auto& row : table.rows) {
        const auto& f = row.fields;
        core::Source source{f[0], f[1], f[2], f[3], std::nullopt, std::nullopt, f[6], {}, {}};
        bool ok = true;
        if (!std::regex_match(source.id, idPattern)) {
            error(table, row,
                  "source id must be lower-case letters, digits and '-', found '" + source.id +
                      "'");
            ok = false;
        } else if (!seen.insert(source.id).second) {
            error(table, row, "duplicate source id '" + source.id + "'");
            ok = false;
        }
        if (source.publisher.empty() || source.title.empty()) {
            error(table, row, "publisher and title are required");
            ok = false;
        }
        if (!source.url.empty() && !source.url.starts_with("https://") &&
            !source.url.starts_with("http://")) {
            error(table, row, "url must start with http:// or https://");
            ok = false;
        }
        if (archives) {
            source.archiveUrl = f[7];
            if (!source.archiveUrl.empty() && !source.archiveUrl.starts_with("https://") &&
                !source.archiveUrl.starts_with("http://")) {
                error(table, row, "archive_url must start with http:// or https://");
                ok = false;
            }
            if (source.archiveUrl.empty() != f[8].empty()) {
                error(table, row, "archive_url and archived go together");
                ok = false;
            }
        }
        if (auto why = unstableUrl(source.url); why && source.archiveUrl.empty()) {
            m_result.warnings.push_back({table.path, row.line,
                                         "unstable url (" + *why +
                                             "): cite the publisher's canonical address, or add "
                                             "an archive copy (archive_url, archived)",
                                         true});
        }
        const size_t before = m_result.findings.size();
        source.published = date(table, row, f[4], "published", false);
        source.accessed = date(table, row, f[5], "accessed", true);
        if (archives && !f[8].empty()) {
            source.archived = date(table, row, f[8], "archived", false);
        }
        ok = ok && m_result.findings.size() == before;
        if (ok) {
            m_result.dataset.addSource(std::move(source));
        }
    }
}

void DataDirectoryReader::readEntities() {
    const auto table = readTable(m_directory / "entities.csv");
    auto entities = EntityTable::fromCsv(table, m_result.findings);
    std::map<std::string, size_t> lineOf;
    for (const auto& row : table.rows) {
        lineOf.emplace(row.fields[0], row.line);
    }
    for (const auto& entity : entities.entities()) {
        for (const auto& id : entity.sources) {
            if (m_result.dataset.source(id) == nullptr) {
                m_result.findings.push_back(
                    {table.path, lineOf[entity.code], "unknown source id '" + id + "'"});
            }
        }
        m_result.dataset.addEntity(entity);
    }
    for (const auto& row : table.rows) {
        for (const auto& claimant : core::splitList(row.fields[5], '|')) {
            if (m_result.dataset.entity(claimant) == nullptr) {
                error(table, row, "claimed_by: unknown entity '" + claimant + "'");
            }
        }
    }
}

void DataDirectoryReader::readOrganisations() {
    const auto table = readTable(m_directory / "organisations.csv");
    if (!expectHeader(table, organisationColumns, m_result.findings)) {
        return;
    }
    static const std::regex codePattern("[A-Z][A-Z0-9_]*");
    for (const auto& row : table.rows) {
        const auto& f = row.fields;
        core::Organisation organisation;
        organisation.code = f[0];
        organisation.qid = f[1];
        organisation.name = f[2];
        organisation.aliases = core::splitList(f[3], '|');
        organisation.kind = f[4];
        const size_t before = m_result.findings.size();
        if (!std::regex_match(organisation.code, codePattern)) {
            error(table, row,
                  "organisation code must be capitals, digits and '_', found '" +
                      organisation.code + "'");
        }
        if (m_result.dataset.organisation(organisation.code) != nullptr) {
            error(table, row, "duplicate organisation '" + organisation.code + "'");
        }
        organisation.founded = date(table, row, f[5], "founded", false);
        organisation.dissolved = date(table, row, f[6], "dissolved", false);
        organisation.sources = core::splitList(f[7], '|');
        if (organisation.founded || organisation.dissolved || !organisation.sources.empty()) {
            checkSources(table, row, organisation.sources, false);
        }
        if (m_result.findings.size() == before) {
            m_result.dataset.addOrganisation(std::move(organisation));
        }
    }
}

} // namespace recmap::store
