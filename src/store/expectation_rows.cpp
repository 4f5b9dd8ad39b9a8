// data/expectations.csv: published counts and lists, checked against the replayed events.
#include "core/expectation.hpp"
#include "core/text.hpp"
#include "store/data_directory_reader.hpp"

#include <charconv>
#include <map>
#include <set>

namespace recmap::store {

void DataDirectoryReader::readExpectations() {
    const auto found = optionalTable("expectations.csv", expectationColumns);
    if (!found) {
        return;
    }
    const auto& table = *found;
    std::map<std::tuple<std::string, std::string, std::string, std::string>, size_t> lineOf;
    for (const auto& row : table.rows) {
        const auto& f = row.fields;
        const size_t before = m_result.findings.size();
        core::Expectation expectation;
        if (f[0] == "members" || f[0] == "full_members") {
            expectation.kind = f[0] == "members" ? core::Expectation::Kind::Members
                                                 : core::Expectation::Kind::FullMembers;
            if (const auto* organisation = m_result.dataset.organisation(f[1]);
                organisation == nullptr || organisation->code != f[1]) {
                error(table, row, "unknown organisation code '" + f[1] + "'");
            } else if (!m_result.dataset.hasMembershipData(f[1])) {
                error(table, row, "no membership/" + f[1] + ".csv to check against");
            }
        } else if (f[0] == "recognisers") {
            expectation.kind = core::Expectation::Kind::Recognisers;
            entityCode(table, row, f[1], "subject");
        } else {
            error(table, row, "unknown kind '" + f[0] + "' (members, full_members or recognisers)");
        }
        const auto when = date(table, row, f[2], "date", true);
        if (f[3] == "all") {
            expectation.scope = core::Expectation::Scope::All;
        } else if (f[3] == "un_members") {
            expectation.scope = core::Expectation::Scope::UnMembers;
        } else {
            error(table, row, "unknown scope '" + f[3] + "' (all or un_members)");
        }
        const auto* end = f[4].data() + f[4].size();
        if (auto [at, problem] = std::from_chars(f[4].data(), end, expectation.count);
            problem != std::errc() || at != end || expectation.count < 0) {
            error(table, row, "count must be a whole number, got '" + f[4] + "'");
        }
        expectation.members = core::splitList(f[5], '|');
        std::set<std::string> seen;
        for (const auto& code : expectation.members) {
            if (entityCode(table, row, code, "members") != nullptr && !seen.insert(code).second) {
                error(table, row, "members lists " + code + " twice");
            }
        }
        if (!expectation.members.empty() &&
            static_cast<int>(expectation.members.size()) != expectation.count) {
            error(table, row,
                  "members lists " + std::to_string(expectation.members.size()) +
                      " entities but count is " + f[4]);
        }
        expectation.sources = core::splitList(f[6], '|');
        checkSources(table, row, expectation.sources, true);
        if (auto [at, fresh] = lineOf.emplace(std::tuple{f[0], f[1], f[2], f[3]}, row.line);
            !fresh) {
            error(table, row,
                  "duplicate expectation for " + f[1] + " on " + f[2] + " (line " +
                      std::to_string(at->second) + ")");
        }
        if (m_result.findings.size() != before || !when) {
            continue;
        }
        expectation.subject = f[1];
        expectation.date = *when;
        const auto outcome = core::checkExpectation(m_result.dataset, expectation);
        if (outcome.holds(expectation)) {
            continue;
        }
        std::string message =
            (expectation.kind == core::Expectation::Kind::Members ? "members of " + f[1]
             : expectation.kind == core::Expectation::Kind::FullMembers
                 ? "full members of " + f[1]
                 : "recognisers of " + f[1]) +
            (expectation.scope == core::Expectation::Scope::UnMembers ? " (UN members)" : "") +
            " on " + f[2] + ": the events give " + std::to_string(outcome.counted.size()) +
            ", the source " + f[4];
        if (!outcome.extra.empty()) {
            message += "; not in the source's list: " + core::joinList(outcome.extra, ", ");
        }
        if (!outcome.missing.empty()) {
            message += "; missing from the events: " + core::joinList(outcome.missing, ", ");
        }
        error(table, row, message);
    }
    warnThinExpectations(table);
}

void DataDirectoryReader::warnThinExpectations(const CsvTable& table) {
    // The dates each subject is checked on, whether or not its row held.
    std::map<std::pair<std::string, std::string>, std::set<std::string>> datesOf;
    for (const auto& row : table.rows) {
        // A count of full members checks an organisation as a count of members does.
        const auto& kind = row.fields[0] == "full_members" ? std::string("members") : row.fields[0];
        datesOf[{kind, row.fields[1]}].insert(row.fields[2]);
    }
    const auto today = core::Date::today();
    const auto yearAgo = core::Date::fromDayNumber(today.dayNumber() - 365).toString();
    const auto warnFor = [&](const std::string& kind, const std::string& subject,
                             bool endedLongAgo) {
        const auto found = datesOf.find({kind, subject});
        const size_t dates = found == datesOf.end() ? 0 : found->second.size();
        const bool recent = endedLongAgo || (dates > 0 && *found->second.rbegin() >= yearAgo);
        if (dates >= 2 && recent) {
            return;
        }
        const std::string what = (kind == "members" ? "members of " : "recognisers of ") + subject;
        m_result.warnings.push_back(
            {table.path, 0,
             what + ": " + std::to_string(dates) + " expectation date(s)" +
                 (recent ? "" : ", none since " + yearAgo) +
                 "; want two, one of them within the last year unless the subject has ceased "
                 "to exist (a published count or list)",
             true});
    };
    for (const auto& organisation : m_result.dataset.organisations()) {
        if (m_result.dataset.hasMembershipData(organisation.code)) {
            warnFor("members", organisation.code, false);
        }
    }
    // A subject whose file holds only breaks and restorations of relations (Morocco, Saudi
    // Arabia) has no recognition of its own on record for a count to check.
    std::set<std::string> withRecognitions;
    for (const auto& event : m_result.dataset.recognitionEvents()) {
        if (!core::concernsRelations(event.action)) {
            withRecognitions.insert(event.subject);
        }
    }
    for (const auto& subject : m_result.dataset.recognitionSubjects()) {
        if (!withRecognitions.contains(subject)) {
            continue;
        }
        // A state that ceased to exist before the last year (Artsakh) has no recent count.
        const auto* entity = m_result.dataset.entity(subject);
        const bool ended =
            entity != nullptr && entity->existsTo && entity->existsTo->toString() < yearAgo;
        warnFor("recognisers", subject, ended);
    }
}

} // namespace recmap::store
