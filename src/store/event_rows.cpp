#include "store/data_directory_reader.hpp"

#include "core/error.hpp"
#include "core/status.hpp"
#include "core/text.hpp"
#include "store/entity_table.hpp"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace recmap::store {

void DataDirectoryReader::checkExistence(const CsvTable& table, const CsvRow& row,
                                         const core::Date& when, const core::Entity& entity) {
    if (entity.existsFrom && when.lastDayNumber() < entity.existsFrom->dayNumber()) {
        error(table, row,
              "event dated " + when.toString() + " is before " + entity.code + " existed (from " +
                  entity.existsFrom->toString() + ")");
    } else if (entity.existsTo && when.dayNumber() > entity.existsTo->lastDayNumber()) {
        error(table, row,
              "event dated " + when.toString() + " is after " + entity.code + " ceased to exist (" +
                  entity.existsTo->toString() + ")");
    }
}

void DataDirectoryReader::checkNotCeased(const CsvTable& table, const CsvRow& row,
                                         const core::Date& when, const core::Entity& entity) {
    if (entity.existsTo && when.dayNumber() > entity.existsTo->lastDayNumber()) {
        error(table, row,
              "event dated " + when.toString() + " is after " + entity.code + " ceased to exist (" +
                  entity.existsTo->toString() + ")");
    }
}

bool DataDirectoryReader::contradict(Kind kind, const std::string& a, const std::string& b) {
    if (kind == Kind::Recognition) {
        // Relations and recognition are separate histories: a break and a recognition on one
        // day do not contradict each other.
        const bool relationsA = a.ends_with("_relations");
        const bool relationsB = b.ends_with("_relations");
        return a != b && relationsA == relationsB;
    }
    auto pair = [&](const char* x, const char* y) {
        return (a == x && b == y) || (a == y && b == x);
    };
    return pair("join", "leave") || pair("suspend", "resume") || pair("join", "suspend") ||
           pair("leave", "resume");
}

void DataDirectoryReader::readEvents(const fs::path& path, Kind kind) {
    const auto table = readTable(path);
    const std::string subjectName = path.stem().string();
    const core::Entity* subject = nullptr;
    const core::Organisation* organisation = nullptr;
    if (kind == Kind::Recognition) {
        subject = m_result.dataset.entity(subjectName);
        if (subject == nullptr || subject->code != subjectName) {
            m_result.findings.push_back(
                {table.path, 0,
                 "file name must be an entity code: unknown entity '" + subjectName + "'"});
            return;
        }
    } else {
        organisation = m_result.dataset.organisation(subjectName);
        if (organisation == nullptr || organisation->code != subjectName) {
            m_result.findings.push_back({table.path, 0,
                                         "file name must be an organisation code: unknown "
                                         "organisation '" +
                                             subjectName + "'"});
            return;
        }
    }
    if (!expectHeader(table, kind == Kind::Recognition ? recognitionColumns : membershipColumns,
                      m_result.findings)) {
        return;
    }
    // (actor, date as written) -> (line, event, confidence) for duplicate/contradiction checks
    std::map<std::pair<std::string, std::string>,
             std::vector<std::tuple<size_t, std::string, std::string>>>
        sameDay;
    for (const auto& row : table.rows) {
        const auto& f = row.fields;
        const size_t before = m_result.findings.size();
        const core::Entity* actor = m_result.dataset.entity(f[0]);
        if (actor == nullptr) {
            error(table, row, "unknown entity '" + f[0] + "'");
        } else if (actor->code != f[0]) {
            error(table, row, "use the entity code '" + actor->code + "', not '" + f[0] + "'");
            actor = nullptr;
        }
        const auto when = date(table, row, f[1], "date", true);
        std::optional<core::RecognitionAction> recognitionAction;
        std::optional<core::MembershipAction> membershipAction;
        if (kind == Kind::Recognition) {
            recognitionAction = core::parseRecognitionAction(f[2]);
            if (!recognitionAction) {
                error(table, row,
                      "unknown event '" + f[2] +
                          "' (recognise, withdraw, suspend, resume, refuse, break_relations, "
                          "restore_relations)");
            }
        } else {
            membershipAction = core::parseMembershipAction(f[2]);
            if (!membershipAction) {
                error(table, row,
                      "unknown event '" + f[2] +
                          "' (join, leave, suspend, resume, candidate, observer, partner, "
                          "lapse)");
            }
        }
        const auto confidence = core::parseConfidence(f[3]);
        if (!confidence) {
            error(table, row, "unknown confidence '" + f[3] + "' (confirmed or disputed)");
        }
        const auto sources = core::splitList(f[4], '|');
        if (checkSources(table, row, sources, true) && when) {
            checkSourceDates(table, row, sources, *when);
        }
        if (confidence == core::Confidence::Disputed && sources.size() < 2) {
            error(table, row, "a disputed event cites both sides: at least two sources");
        }
        if (actor && subject && actor->code == subject->code) {
            error(table, row, actor->code + " cannot recognise itself");
        }
        if (actor && when) {
            if (subject) {
                checkExistence(table, row, *when, *actor);
                checkExistence(table, row, *when, *subject);
            } else {
                // Organisations admit entities before statehood (the PLO, Transjordan, British
                // India, the Ukrainian SSR), so only membership after an entity ceased is
                // wrong.
                checkNotCeased(table, row, *when, *actor);
            }
            if (organisation && organisation->founded &&
                when->lastDayNumber() < organisation->founded->dayNumber()) {
                error(table, row,
                      "event dated " + when->toString() + " is before " + organisation->code +
                          " was founded (" + organisation->founded->toString() + ")");
            }
        }
        if (actor) {
            auto& others = sameDay[{actor->code, f[1]}];
            for (const auto& [line, event, otherConfidence] : others) {
                if (event == f[2]) {
                    error(table, row,
                          "duplicate event: '" + f[2] + "' for " + actor->code + " on " + f[1] +
                              " already at line " + std::to_string(line));
                } else if (contradict(kind, event, f[2]) &&
                           (otherConfidence != "disputed" || f[3] != "disputed")) {
                    error(table, row,
                          "contradictory events on the same day: '" + f[2] + "' and '" + event +
                              "' (line " + std::to_string(line) + ") for " + actor->code + " on " +
                              f[1] + "; mark both disputed if sources disagree");
                }
            }
            others.emplace_back(row.line, f[2], f[3]);
        }
        if (m_result.findings.size() != before) {
            continue;
        }
        const core::Origin origin{table.path, row.line};
        if (kind == Kind::Recognition) {
            m_result.dataset.addRecognition({subject->code, actor->code, *when, *recognitionAction,
                                             *confidence, sources, f[5], origin});
        } else {
            m_result.dataset.addMembership({organisation->code, actor->code, *when,
                                            *membershipAction, *confidence, sources, f[5], origin});
        }
    }
}

void DataDirectoryReader::readNotes(const fs::path& path) {
    const auto table = readTable(path);
    const std::string subjectName = path.stem().string();
    const core::Entity* entity = m_result.dataset.entity(subjectName);
    const core::Organisation* organisation = m_result.dataset.organisation(subjectName);
    const bool isEntity = entity != nullptr && entity->code == subjectName;
    const bool isOrganisation = organisation != nullptr && organisation->code == subjectName;
    if (!isEntity && !isOrganisation) {
        m_result.findings.push_back(
            {table.path, 0,
             "file name must be an entity or organisation code: '" + subjectName + "'"});
        return;
    }
    if (!expectHeader(table, noteColumns, m_result.findings)) {
        return;
    }
    static const std::regex tagPattern("[a-z][a-z0-9_]*");
    for (const auto& row : table.rows) {
        const auto& f = row.fields;
        const size_t before = m_result.findings.size();
        const auto when = date(table, row, f[0], "date", true);
        if (!std::regex_match(f[1], tagPattern)) {
            error(table, row, "event must be a snake_case tag, found '" + f[1] + "'");
        }
        const auto sources = core::splitList(f[2], '|');
        checkSources(table, row, sources, true);
        if (m_result.findings.size() == before) {
            m_result.dataset.addNote(
                {subjectName, *when, f[1], sources, f[3], {table.path, row.line}});
        }
    }
}

void DataDirectoryReader::checkMembershipSequences() {
    std::map<std::pair<std::string, std::string>, bool> inside;
    for (const auto& event : m_result.dataset.membershipEvents()) {
        bool& member = inside[{event.organisation, event.member}];
        if (event.confidence != core::Confidence::Confirmed &&
            event.action != core::MembershipAction::Join) {
            continue;
        }
        switch (event.action) {
        case core::MembershipAction::Join:
            member = true;
            break;
        case core::MembershipAction::Leave:
        case core::MembershipAction::Suspend:
            if (!member) {
                m_result.findings.push_back(
                    {event.origin.file, event.origin.line,
                     std::string(core::toString(event.action)) + " of " + event.organisation +
                         " by " + event.member +
                         " without a prior join (use 'lapse' to end a candidacy)"});
            }
            member = event.action == core::MembershipAction::Suspend;
            break;
        default:
            break;
        }
    }
}

void DataDirectoryReader::checkStaleSuspensions() {
    const auto today = core::Date::today();
    const int fiveYears = 5 * 365 + 1;
    const auto& dataset = m_result.dataset;
    for (const auto& event : dataset.membershipEvents()) {
        if (event.action != core::MembershipAction::Suspend ||
            event.confidence != core::Confidence::Confirmed ||
            today.dayNumber() - event.date.dayNumber() <= fiveYears) {
            continue;
        }
        const auto state = core::membershipStatus(dataset, event.organisation, event.member, today);
        if (state.decisive != &event) {
            continue; // closed, or superseded by a later event
        }
        bool confirmed = false;
        for (const auto& id : event.sources) {
            const core::Source* source = dataset.source(id);
            confirmed = confirmed || (source != nullptr && source->published &&
                                      today.dayNumber() - source->published->dayNumber() <= 366);
        }
        if (!confirmed) {
            m_result.warnings.push_back(
                {event.origin.file, event.origin.line,
                 "suspension of " + event.member + " from " + event.organisation + " open since " +
                     event.date.toString() +
                     " with no source from the last year confirming it (cite one, or record the "
                     "reinstatement)",
                 true});
        }
    }
}

void DataDirectoryReader::checkContradictedPresumptions() {
    const auto& dataset = m_result.dataset;
    std::map<std::string, std::vector<const core::RecognitionEvent*>> bySubject;
    for (const auto& event : dataset.recognitionEvents()) {
        const auto& history = dataset.recognitionHistory(event.subject, event.recogniser);
        const core::RecognitionEvent* first = nullptr;
        for (const auto* candidate : history) {
            if (!core::concernsRelations(candidate->action)) {
                first = candidate;
                break;
            }
        }
        if (first != &event || event.action != core::RecognitionAction::Recognise ||
            event.confidence != core::Confidence::Confirmed) {
            continue;
        }
        // The day before: were both UN members, so that recognition was presumed then?
        const auto dayBefore = core::Date::fromDayNumber(event.date.dayNumber() - 1);
        const auto* subject = dataset.entity(event.subject);
        const auto* recogniser = dataset.entity(event.recogniser);
        if (subject && recogniser && core::isUnMember(dataset, *subject, dayBefore) &&
            core::isUnMember(dataset, *recogniser, dayBefore)) {
            bySubject[event.subject].push_back(&event);
        }
    }
    for (const auto& [subject, events] : bySubject) {
        std::string pairs;
        for (size_t i = 0; i < events.size() && i < 8; ++i) {
            pairs += (i == 0 ? "" : ", ") + events[i]->recogniser + " (" +
                     events[i]->date.toString() + ")";
        }
        if (events.size() > 8) {
            pairs += " and " + std::to_string(events.size() - 8) + " more";
        }
        m_result.warnings.push_back(
            {events.front()->origin.file, 0,
             std::to_string(events.size()) + " recognitions of " + subject +
                 " are presumed before their recorded date, both sides being UN members: " + pairs +
                 " (record a sourced 'refuse' for the time before where one exists)",
             true});
    }
}

} // namespace recmap::store
