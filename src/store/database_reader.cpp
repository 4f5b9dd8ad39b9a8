#include "store/database.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "store/sqlite.hpp"

namespace recmap::store {
namespace {

std::optional<core::Date> optionalDate(const std::string& text) {
    return text.empty() ? std::nullopt : core::Date::parse(text);
}

core::Date requiredDate(const SqliteDatabase& db, const std::string& text) {
    auto date = core::Date::parse(text);
    if (!date) {
        throw core::InputError(db.path() + ": error: malformed date '" + text +
                               "' in the database");
    }
    return *date;
}

std::string metaValue(SqliteDatabase& db, const std::string& key) {
    auto statement = db.prepare("SELECT value FROM recmap_meta WHERE key = ?");
    statement.bind(1, std::string_view(key));
    return statement.step() ? statement.text(0) : "";
}

void checkSchema(SqliteDatabase& db) {
    try {
        if (metaValue(db, "schema_version") != std::to_string(databaseSchemaVersion)) {
            throw core::InputError(db.path() + ": error: built by another recmap version (schema " +
                                   metaValue(db, "schema_version") + "); run 'recmap build-db'");
        }
    } catch (const core::InputError& error) {
        const std::string message = error.what();
        if (message.find("schema") != std::string::npos) {
            throw;
        }
        throw core::InputError(db.path() + ": error: not a recmap database");
    }
}

size_t rowCount(SqliteDatabase& db, const std::string& table) {
    auto statement = db.prepare("SELECT count(*) FROM " + table);
    return statement.step() ? static_cast<size_t>(statement.integer(0)) : 0;
}

// Recognition and membership events share one layout (see database_writer.cpp).
template <typename Event, typename ParseAction>
std::vector<Event> readEvents(SqliteDatabase& db, const std::string& table,
                              const std::string& parties, ParseAction parseAction) {
    std::vector<Event> events;
    events.reserve(rowCount(db, table));
    auto rows = db.prepare("SELECT " + parties +
                           ", date, event, confidence, sources, note, file, line FROM " + table +
                           " ORDER BY id");
    while (rows.step()) {
        auto action = parseAction(rows.text(3));
        auto confidence = core::parseConfidence(rows.text(4));
        if (!action || !confidence) {
            throw core::InputError(db.path() + ": error: malformed event in " + table);
        }
        events.push_back({rows.text(0),
                          rows.text(1),
                          requiredDate(db, rows.text(2)),
                          *action,
                          *confidence,
                          core::splitList(rows.text(5), '|'),
                          rows.text(6),
                          {rows.text(7), static_cast<size_t>(rows.integer(8))}});
    }
    return events;
}

} // namespace

std::optional<std::string> databaseFingerprint(const std::filesystem::path& path) {
    if (!std::filesystem::exists(path)) {
        return std::nullopt;
    }
    try {
        SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
        if (metaValue(db, "schema_version") != std::to_string(databaseSchemaVersion)) {
            return std::nullopt;
        }
        return metaValue(db, "data_fingerprint");
    } catch (const core::Error&) {
        return std::nullopt;
    }
}

core::Dataset readDatabase(const std::filesystem::path& path) {
    if (!std::filesystem::exists(path)) {
        throw core::InputError(path.string() + ": error: database not found");
    }
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    checkSchema(db);
    core::Dataset dataset;
    dataset.reserve(rowCount(db, "sources"), rowCount(db, "recognition_events"),
                    rowCount(db, "membership_events"));
    auto sources = db.prepare("SELECT source_id, publisher, title, url, published, accessed, note, "
                              "archive_url, archived FROM sources ORDER BY id");
    while (sources.step()) {
        dataset.addSource({sources.text(0), sources.text(1), sources.text(2), sources.text(3),
                           optionalDate(sources.text(4)), optionalDate(sources.text(5)),
                           sources.text(6), sources.text(7), optionalDate(sources.text(8))});
    }
    auto entities =
        db.prepare("SELECT code, qid, name, aliases, kind, claimed_by, exists_from, exists_to, "
                   "boundary_key, sources FROM entities ORDER BY fid");
    while (entities.step()) {
        core::Entity entity;
        entity.code = entities.text(0);
        entity.qid = entities.text(1);
        entity.name = entities.text(2);
        entity.aliases = core::splitList(entities.text(3), '|');
        entity.kind = core::parseEntityKind(entities.text(4)).value_or(core::EntityKind::UnMember);
        entity.claimedBy = core::splitList(entities.text(5), '|');
        entity.existsFrom = optionalDate(entities.text(6));
        entity.existsTo = optionalDate(entities.text(7));
        entity.boundaryKey = entities.text(8);
        entity.sources = core::splitList(entities.text(9), '|');
        dataset.addEntity(std::move(entity));
    }
    auto organisations =
        db.prepare("SELECT code, qid, name, aliases, kind, founded, dissolved, sources "
                   "FROM organisations ORDER BY id");
    while (organisations.step()) {
        dataset.addOrganisation({organisations.text(0), organisations.text(1),
                                 organisations.text(2), core::splitList(organisations.text(3), '|'),
                                 organisations.text(4), optionalDate(organisations.text(5)),
                                 optionalDate(organisations.text(6)),
                                 core::splitList(organisations.text(7), '|')});
    }
    for (auto& event : readEvents<core::RecognitionEvent>(
             db, "recognition_events", "subject, recogniser", core::parseRecognitionAction)) {
        dataset.addRecognition(std::move(event));
    }
    for (auto& event : readEvents<core::MembershipEvent>(
             db, "membership_events", "organisation, member", core::parseMembershipAction)) {
        dataset.addMembership(std::move(event));
    }
    auto notes = db.prepare(
        "SELECT subject, date, event, sources, note, file, line FROM subject_notes ORDER BY id");
    while (notes.step()) {
        dataset.addNote({notes.text(0),
                         requiredDate(db, notes.text(1)),
                         notes.text(2),
                         core::splitList(notes.text(3), '|'),
                         notes.text(4),
                         {notes.text(5), static_cast<size_t>(notes.integer(6))}});
    }
    auto derived = db.prepare("SELECT key, from_key, rule, sources, note, file, line "
                              "FROM derived_boundaries ORDER BY id");
    while (derived.step()) {
        std::string problem;
        auto rule = core::BoundaryRule::parse(derived.text(2), problem);
        if (!rule) {
            throw core::InputError(db.path() + ": error: derived boundary '" + derived.text(0) +
                                   "': " + problem);
        }
        dataset.addDerivedBoundary({derived.text(0),
                                    derived.text(1),
                                    derived.text(2),
                                    *rule,
                                    core::splitList(derived.text(3), '|'),
                                    derived.text(4),
                                    {derived.text(5), static_cast<size_t>(derived.integer(6))}});
    }
    auto positions = db.prepare("SELECT territory, worldview, date_from, drawn_as, sources, note, "
                                "file, line FROM territory_positions ORDER BY id");
    while (positions.step()) {
        dataset.addTerritoryPosition(
            {positions.text(0),
             positions.text(1),
             optionalDate(positions.text(2)),
             positions.text(3),
             core::splitList(positions.text(4), '|'),
             positions.text(5),
             {positions.text(6), static_cast<size_t>(positions.integer(7))}});
    }
    auto holdings = db.prepare("SELECT boundary_key, holder, role, date_from, date_to, sources, "
                               "note, file, line FROM boundary_history ORDER BY id");
    while (holdings.step()) {
        const auto role = core::parseHoldingRole(holdings.text(2));
        if (!role) {
            throw core::InputError(db.path() + ": error: boundary history of '" + holdings.text(0) +
                                   "': unknown role '" + holdings.text(2) + "'");
        }
        dataset.addBoundaryHolding({holdings.text(0),
                                    holdings.text(1),
                                    *role,
                                    optionalDate(holdings.text(3)),
                                    optionalDate(holdings.text(4)),
                                    core::splitList(holdings.text(5), '|'),
                                    holdings.text(6),
                                    {holdings.text(7), static_cast<size_t>(holdings.integer(8))}});
    }
    dataset.finalise();
    return dataset;
}

} // namespace recmap::store
