#include "store/dataset_reader.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "store/csv_reader.hpp"
#include "store/entity_table.hpp"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace recmap::store {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string_view> organisationColumns{"code", "qid",     "name",      "aliases",
                                                        "kind", "founded", "dissolved", "sources"};
const std::vector<std::string_view> sourceColumns{"id",        "publisher", "title", "url",
                                                  "published", "accessed",  "note"};
const std::vector<std::string_view> recognitionColumns{"recogniser", "date",    "event",
                                                       "confidence", "sources", "note"};
const std::vector<std::string_view> membershipColumns{"member",     "date",    "event",
                                                      "confidence", "sources", "note"};
const std::vector<std::string_view> noteColumns{"date", "event", "sources", "note"};
const std::vector<std::string_view> derivedColumns{"key", "from_key", "rule", "sources", "note"};
const std::vector<std::string_view> worldviewColumns{"territory", "drawn_as", "worldview",
                                                     "from",      "sources",  "note"};

class Reader {
  public:
    explicit Reader(const fs::path& directory) : m_directory(directory) {}

    DatasetReadResult read() {
        if (!fs::is_directory(m_directory)) {
            throw core::InputError(m_directory.string() + ": error: data directory not found");
        }
        readSources();
        readEntities();
        readOrganisations();
        for (const auto& file : filesIn("recognition")) {
            readEvents(file, Kind::Recognition);
        }
        for (const auto& file : filesIn("membership")) {
            readEvents(file, Kind::Membership);
        }
        for (const auto& file : filesIn("notes")) {
            readNotes(file);
        }
        readDerivedBoundaries();
        readWorldviews();
        m_result.dataset.finalise();
        checkMembershipSequences();
        // CSV-level problems are found before row checks: report each file's in line order.
        std::stable_sort(m_result.findings.begin(), m_result.findings.end(),
                         [](const Finding& a, const Finding& b) {
                             return a.file != b.file ? a.file < b.file : a.line < b.line;
                         });
        return std::move(m_result);
    }

  private:
    enum class Kind { Recognition, Membership };

    std::string display(const fs::path& path) const {
        return (m_directory.filename() / fs::relative(path, m_directory)).string();
    }

    void error(const CsvTable& table, const CsvRow& row, const std::string& message) {
        m_result.findings.push_back({table.path, row.line, message});
    }

    CsvTable readTable(const fs::path& path) {
        return readCsvFile(path, display(path), m_result.findings);
    }

    std::vector<fs::path> filesIn(const std::string& folder) const {
        std::vector<fs::path> files;
        const fs::path path = m_directory / folder;
        if (!fs::is_directory(path)) {
            return files;
        }
        for (const auto& entry : fs::directory_iterator(path)) {
            if (entry.is_regular_file() && entry.path().extension() == ".csv") {
                files.push_back(entry.path());
            }
        }
        std::sort(files.begin(), files.end());
        return files;
    }

    std::optional<core::Date> date(const CsvTable& table, const CsvRow& row,
                                   const std::string& text, const char* column, bool required) {
        if (text.empty()) {
            if (required) {
                error(table, row, std::string(column) + " is empty");
            }
            return std::nullopt;
        }
        auto parsed = core::Date::parse(text);
        if (!parsed) {
            error(table, row,
                  std::string(column) + ": unparsable or impossible date '" + text +
                      "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        return parsed;
    }

    bool checkSources(const CsvTable& table, const CsvRow& row, const std::vector<std::string>& ids,
                      bool needsUrl) {
        bool ok = true;
        if (ids.empty()) {
            error(table, row, "missing source: every fact cites at least one source id");
            return false;
        }
        bool anyUrl = false;
        for (const auto& id : ids) {
            const core::Source* source = m_result.dataset.source(id);
            if (source == nullptr) {
                error(table, row, "unknown source id '" + id + "'");
                ok = false;
            } else {
                anyUrl = anyUrl || !source->url.empty();
            }
        }
        if (ok && needsUrl && !anyUrl) {
            error(table, row, "none of the cited sources has a URL");
            ok = false;
        }
        return ok;
    }

    void readSources() {
        const auto table = readTable(m_directory / "sources.csv");
        if (!expectHeader(table, sourceColumns, m_result.findings)) {
            return;
        }
        static const std::regex idPattern("[a-z0-9][a-z0-9-]*");
        std::set<std::string> seen;
        for (const auto& row : table.rows) {
            const auto& f = row.fields;
            core::Source source{f[0], f[1], f[2], f[3], std::nullopt, std::nullopt, f[6]};
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
            const size_t before = m_result.findings.size();
            source.published = date(table, row, f[4], "published", false);
            source.accessed = date(table, row, f[5], "accessed", true);
            ok = ok && m_result.findings.size() == before;
            if (ok) {
                m_result.dataset.addSource(std::move(source));
            }
        }
    }

    void readEntities() {
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

    void readOrganisations() {
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

    // An event must fall within the life of the entity it concerns.
    void checkExistence(const CsvTable& table, const CsvRow& row, const core::Date& when,
                        const core::Entity& entity) {
        if (entity.existsFrom && when.lastDayNumber() < entity.existsFrom->dayNumber()) {
            error(table, row,
                  "event dated " + when.toString() + " is before " + entity.code +
                      " existed (from " + entity.existsFrom->toString() + ")");
        } else if (entity.existsTo && when.dayNumber() > entity.existsTo->lastDayNumber()) {
            error(table, row,
                  "event dated " + when.toString() + " is after " + entity.code +
                      " ceased to exist (" + entity.existsTo->toString() + ")");
        }
    }

    void checkNotCeased(const CsvTable& table, const CsvRow& row, const core::Date& when,
                        const core::Entity& entity) {
        if (entity.existsTo && when.dayNumber() > entity.existsTo->lastDayNumber()) {
            error(table, row,
                  "event dated " + when.toString() + " is after " + entity.code +
                      " ceased to exist (" + entity.existsTo->toString() + ")");
        }
    }

    // Two events of one pair on the same day that cannot both hold.
    static bool contradict(Kind kind, const std::string& a, const std::string& b) {
        if (kind == Kind::Recognition) {
            return a != b;
        }
        auto pair = [&](const char* x, const char* y) {
            return (a == x && b == y) || (a == y && b == x);
        };
        return pair("join", "leave") || pair("suspend", "resume") || pair("join", "suspend") ||
               pair("leave", "resume");
    }

    void readEvents(const fs::path& path, Kind kind) {
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
                              "' (recognise, withdraw, suspend, resume, refuse)");
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
            checkSources(table, row, sources, true);
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
                                  "' (line " + std::to_string(line) + ") for " + actor->code +
                                  " on " + f[1] + "; mark both disputed if sources disagree");
                    }
                }
                others.emplace_back(row.line, f[2], f[3]);
            }
            if (m_result.findings.size() != before) {
                continue;
            }
            const core::Origin origin{table.path, row.line};
            if (kind == Kind::Recognition) {
                m_result.dataset.addRecognition({subject->code, actor->code, *when,
                                                 *recognitionAction, *confidence, sources, f[5],
                                                 origin});
            } else {
                m_result.dataset.addMembership({organisation->code, actor->code, *when,
                                                *membershipAction, *confidence, sources, f[5],
                                                origin});
            }
        }
    }

    void readNotes(const fs::path& path) {
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

    // data/derived_boundaries.csv (optional): every key is some entity's boundary_key.
    void readDerivedBoundaries() {
        const auto path = m_directory / "derived_boundaries.csv";
        if (!fs::exists(path)) {
            return;
        }
        const auto table = readTable(path);
        if (!expectHeader(table, derivedColumns, m_result.findings)) {
            return;
        }
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

    const core::Entity* entityCode(const CsvTable& table, const CsvRow& row,
                                   const std::string& text, const char* column) {
        const core::Entity* entity = m_result.dataset.entity(text);
        if (entity == nullptr || entity->code != text) {
            error(table, row, std::string(column) + ": unknown entity code '" + text + "'");
            return nullptr;
        }
        return entity;
    }

    // data/worldviews.csv (optional): how each worldview draws a disputed territory.
    void readWorldviews() {
        const auto path = m_directory / "worldviews.csv";
        if (!fs::exists(path)) {
            return;
        }
        const auto table = readTable(path);
        if (!expectHeader(table, worldviewColumns, m_result.findings)) {
            return;
        }
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

    // Membership must make sense in order: a leave or suspension needs a membership. A disputed
    // join counts here: the dispute is about its date, not about whether it happened.
    void checkMembershipSequences() {
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

    fs::path m_directory;
    DatasetReadResult m_result;
};

} // namespace

DatasetReadResult readDataDirectory(const std::filesystem::path& directory) {
    return Reader(directory).read();
}

} // namespace recmap::store
