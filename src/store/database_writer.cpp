#include "store/database.hpp"

#include "core/atomic_output.hpp"
#include "core/text.hpp"
#include "store/schema_sql.hpp"
#include "store/sqlite.hpp"

#include <algorithm>
#include <cstring>

namespace recmap::store {
namespace {

std::string dateText(const std::optional<core::Date>& date) {
    return date ? date->toString() : "";
}

void appendBytes(std::vector<uint8_t>& out, const void* bytes, size_t size) {
    const size_t at = out.size();
    out.resize(at + size);
    std::memcpy(out.data() + at, bytes, size);
}

// Native byte order; x86-64 and ARM64 are little-endian, as the blob's flags declare.
void appendDouble(std::vector<uint8_t>& out, double value) {
    appendBytes(out, &value, sizeof value);
}

// GeoPackage geometry blob: "GP", version 0, flags (little-endian, xy envelope), srs_id 4326,
// envelope (minx, maxx, miny, maxy), then the ISO WKB.
std::vector<uint8_t> geopackageBlob(const core::EntityBoundary& boundary) {
    std::vector<uint8_t> blob;
    blob.reserve(40 + boundary.wkb.size());
    const uint8_t header[4] = {'G', 'P', 0, 0x03};
    appendBytes(blob, header, sizeof header);
    const int32_t srs = 4326;
    appendBytes(blob, &srs, sizeof srs);
    appendDouble(blob, boundary.minLon);
    appendDouble(blob, boundary.maxLon);
    appendDouble(blob, boundary.minLat);
    appendDouble(blob, boundary.maxLat);
    appendBytes(blob, boundary.wkb.data(), boundary.wkb.size());
    return blob;
}

// A fixed timestamp derived from the data (its latest access date), so builds are repeatable.
std::string lastChange(const core::Dataset& dataset) {
    std::string latest = "2000-01-01";
    for (const auto& source : dataset.sources()) {
        if (source.accessed && source.accessed->toString() > latest) {
            latest = source.accessed->toString();
        }
    }
    return latest + "T00:00:00.000Z";
}

// Recognition and membership events share one layout: (party, party, date, event, confidence,
// sources, note, origin).
template <typename Event>
void insertEvents(SqliteDatabase& db, const std::string& table, const std::string& parties,
                  const std::vector<Event>& events) {
    auto insert = db.prepare("INSERT INTO " + table + " (" + parties +
                             ", date, event, confidence, sources, note, file, line) "
                             "VALUES (?,?,?,?,?,?,?,?,?)");
    for (const auto& [first, second, date, action, confidence, sources, note, origin] : events) {
        insert.reset();
        insert.bind(1, std::string_view(first))
            .bind(2, std::string_view(second))
            .bind(3, std::string_view(date.toString()))
            .bind(4, core::toString(action))
            .bind(5, core::toString(confidence))
            .bind(6, std::string_view(core::joinList(sources, "|")))
            .bindOptional(7, note)
            .bind(8, std::string_view(origin.file))
            .bind(9, static_cast<int64_t>(origin.line));
        insert.step();
    }
}

void writeContents(SqliteDatabase& db, const core::Dataset& dataset,
                   const std::vector<core::EntityBoundary>& boundaries, const DatabaseInfo& info) {
    const std::string changed = lastChange(dataset);
    db.execute(R"(INSERT INTO gpkg_spatial_ref_sys VALUES
        ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
        ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
        ('WGS 84 geodetic', 4326, 'EPSG', 4326,
         'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
         'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid'))");
    auto contents =
        db.prepare("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                   "last_change, min_x, min_y, max_x, max_y, srs_id) VALUES (?,?,?,?,?,?,?,?,?,?)");
    contents.bind(1, std::string_view("entities"))
        .bind(2, std::string_view("features"))
        .bind(3, std::string_view("entities"))
        .bind(4, std::string_view("States, contested entities and territories with boundaries"))
        .bind(5, std::string_view(changed))
        .bind(6, -180.0)
        .bind(7, -90.0)
        .bind(8, 180.0)
        .bind(9, 90.0)
        .bind(10, int64_t{4326});
    contents.step();
    for (const char* table :
         {"organisations", "sources", "recognition_events", "membership_events", "subject_notes",
          "derived_boundaries", "territory_positions", "boundary_history"}) {
        contents.reset();
        contents.bind(1, std::string_view(table))
            .bind(2, std::string_view("attributes"))
            .bind(3, std::string_view(table))
            .bind(4, std::string_view(""))
            .bind(5, std::string_view(changed));
        contents.step();
    }
    db.execute("INSERT INTO gpkg_geometry_columns VALUES ('entities', 'geom', 'MULTIPOLYGON', "
               "4326, 0, 0)");

    auto meta = db.prepare("INSERT INTO recmap_meta VALUES (?, ?)");
    for (const auto& [key, value] : {std::pair<std::string, std::string>{
                                         "schema_version", std::to_string(databaseSchemaVersion)},
                                     {"data_fingerprint", info.fingerprint},
                                     {"boundaries", info.boundaries}}) {
        meta.reset();
        meta.bind(1, std::string_view(key)).bind(2, std::string_view(value));
        meta.step();
    }

    std::unordered_map<std::string, const core::EntityBoundary*> boundaryOf;
    for (const auto& boundary : boundaries) {
        boundaryOf[boundary.code] = &boundary;
    }
    std::vector<const core::Entity*> entities;
    for (const auto& entity : dataset.entities()) {
        entities.push_back(&entity);
    }
    std::sort(entities.begin(), entities.end(), [](auto* a, auto* b) { return a->code < b->code; });
    auto insertEntity =
        db.prepare("INSERT INTO entities (geom, code, qid, name, aliases, kind, claimed_by, "
                   "exists_from, exists_to, boundary_key, sources) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    for (const auto* entity : entities) {
        insertEntity.reset();
        if (auto found = boundaryOf.find(entity->code); found != boundaryOf.end()) {
            insertEntity.bindBlob(1, geopackageBlob(*found->second));
        } else {
            insertEntity.bindNull(1);
        }
        insertEntity.bind(2, std::string_view(entity->code))
            .bindOptional(3, entity->qid)
            .bind(4, std::string_view(entity->name))
            .bindOptional(5, core::joinList(entity->aliases, "|"))
            .bind(6, core::toString(entity->kind))
            .bindOptional(7, core::joinList(entity->claimedBy, "|"))
            .bindOptional(8, dateText(entity->existsFrom))
            .bindOptional(9, dateText(entity->existsTo))
            .bindOptional(10, entity->boundaryKey)
            .bindOptional(11, core::joinList(entity->sources, "|"));
        insertEntity.step();
    }

    auto insertOrganisation =
        db.prepare("INSERT INTO organisations (code, qid, name, aliases, kind, founded, "
                   "dissolved, sources) VALUES (?,?,?,?,?,?,?,?)");
    for (const auto& organisation : dataset.organisations()) {
        insertOrganisation.reset();
        insertOrganisation.bind(1, std::string_view(organisation.code))
            .bindOptional(2, organisation.qid)
            .bind(3, std::string_view(organisation.name))
            .bindOptional(4, core::joinList(organisation.aliases, "|"))
            .bindOptional(5, organisation.kind)
            .bindOptional(6, dateText(organisation.founded))
            .bindOptional(7, dateText(organisation.dissolved))
            .bindOptional(8, core::joinList(organisation.sources, "|"));
        insertOrganisation.step();
    }

    auto insertSource = db.prepare(
        "INSERT INTO sources (source_id, publisher, title, url, published, accessed, note, "
        "archive_url, archived) VALUES (?,?,?,?,?,?,?,?,?)");
    for (const auto& source : dataset.sources()) {
        insertSource.reset();
        insertSource.bind(1, std::string_view(source.id))
            .bind(2, std::string_view(source.publisher))
            .bind(3, std::string_view(source.title))
            .bindOptional(4, source.url)
            .bindOptional(5, dateText(source.published))
            .bindOptional(6, dateText(source.accessed))
            .bindOptional(7, source.note)
            .bindOptional(8, source.archiveUrl)
            .bindOptional(9, dateText(source.archived));
        insertSource.step();
    }

    insertEvents(db, "recognition_events", "subject, recogniser", dataset.recognitionEvents());
    insertEvents(db, "membership_events", "organisation, member", dataset.membershipEvents());

    auto insertNote =
        db.prepare("INSERT INTO subject_notes (subject, date, event, sources, note, file, line) "
                   "VALUES (?,?,?,?,?,?,?)");
    for (const auto& note : dataset.notes()) {
        insertNote.reset();
        insertNote.bind(1, std::string_view(note.subject))
            .bind(2, std::string_view(note.date.toString()))
            .bind(3, std::string_view(note.event))
            .bind(4, std::string_view(core::joinList(note.sources, "|")))
            .bindOptional(5, note.note)
            .bind(6, std::string_view(note.origin.file))
            .bind(7, static_cast<int64_t>(note.origin.line));
        insertNote.step();
    }

    auto insertDerived = db.prepare("INSERT INTO derived_boundaries (key, from_key, rule, sources, "
                                    "note, file, line) VALUES (?,?,?,?,?,?,?)");
    for (const auto& derived : dataset.derivedBoundaries()) {
        insertDerived.reset();
        insertDerived.bind(1, std::string_view(derived.key))
            .bind(2, std::string_view(derived.fromKey))
            .bind(3, std::string_view(derived.ruleText))
            .bind(4, std::string_view(core::joinList(derived.sources, "|")))
            .bindOptional(5, derived.note)
            .bind(6, std::string_view(derived.origin.file))
            .bind(7, static_cast<int64_t>(derived.origin.line));
        insertDerived.step();
    }

    auto insertPosition =
        db.prepare("INSERT INTO territory_positions (territory, drawn_as, worldview, date_from, "
                   "sources, note, file, line) VALUES (?,?,?,?,?,?,?,?)");
    for (const auto& position : dataset.territoryPositions()) {
        insertPosition.reset();
        insertPosition.bind(1, std::string_view(position.territory))
            .bind(2, std::string_view(position.drawnAs))
            .bind(3, std::string_view(position.worldview))
            .bindOptional(4, dateText(position.from))
            .bind(5, std::string_view(core::joinList(position.sources, "|")))
            .bindOptional(6, position.note)
            .bind(7, std::string_view(position.origin.file))
            .bind(8, static_cast<int64_t>(position.origin.line));
        insertPosition.step();
    }

    auto insertHolding =
        db.prepare("INSERT INTO boundary_history (boundary_key, holder, role, date_from, date_to, "
                   "sources, note, file, line) VALUES (?,?,?,?,?,?,?,?,?)");
    for (const auto& holding : dataset.boundaryHoldings()) {
        insertHolding.reset();
        insertHolding.bind(1, std::string_view(holding.boundaryKey))
            .bind(2, std::string_view(holding.holder))
            .bind(3, core::toString(holding.role))
            .bindOptional(4, dateText(holding.from))
            .bindOptional(5, dateText(holding.to))
            .bind(6, std::string_view(core::joinList(holding.sources, "|")))
            .bindOptional(7, holding.note)
            .bind(8, std::string_view(holding.origin.file))
            .bind(9, static_cast<int64_t>(holding.origin.line));
        insertHolding.step();
    }
}

} // namespace

void writeDatabase(const std::filesystem::path& path, const core::Dataset& dataset,
                   const std::vector<core::EntityBoundary>& boundaries, const DatabaseInfo& info) {
    core::AtomicOutput output(path);
    {
        SqliteDatabase db(output.temp(), SqliteDatabase::Mode::Create);
        db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        SqliteTransaction transaction(db);
        db.execute(std::string(schemaSql));
        writeContents(db, dataset, boundaries, info);
        transaction.commit();
    }
    output.commit();
}

} // namespace recmap::store
