-- recmap database schema: a GeoPackage 1.3 (so GDAL, ogrinfo and QGIS open it) holding the
-- dataset. PRAGMA user_version belongs to GeoPackage (10300); recmap's own schema version is
-- recmap_meta.schema_version, checked on open.

PRAGMA application_id = 1196444487; -- 'GPKG'
PRAGMA user_version = 10300;

-- GeoPackage core tables (OGC 12-128r18, section 1.1).
CREATE TABLE gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL,
    srs_id INTEGER PRIMARY KEY,
    organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL,
    definition TEXT NOT NULL,
    description TEXT
);
CREATE TABLE gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY,
    data_type TEXT NOT NULL,
    identifier TEXT UNIQUE,
    description TEXT DEFAULT '',
    last_change DATETIME NOT NULL,
    min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
    srs_id INTEGER,
    CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);
CREATE TABLE gpkg_geometry_columns (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL,
    z TINYINT NOT NULL,
    m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);

-- recmap's own bookkeeping: schema version and the fingerprint of the data it was built from.
CREATE TABLE recmap_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Entities, with their boundary (WGS84 multipolygon; NULL when the boundary data has none).
CREATE TABLE entities (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    geom MULTIPOLYGON,
    code TEXT NOT NULL UNIQUE,
    qid TEXT,
    name TEXT NOT NULL,
    aliases TEXT,       -- '|'-separated
    kind TEXT NOT NULL,
    claimed_by TEXT,    -- '|'-separated entity codes
    exists_from TEXT,   -- ISO date, partial allowed
    exists_to TEXT,
    boundary_key TEXT,
    sources TEXT        -- '|'-separated source ids
);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    qid TEXT,
    name TEXT NOT NULL,
    aliases TEXT,
    kind TEXT,
    founded TEXT,
    dissolved TEXT,
    sources TEXT
);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL UNIQUE,
    publisher TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT,
    published TEXT,
    accessed TEXT,
    note TEXT,
    archive_url TEXT,
    archived TEXT
);

-- One row per dated event; `file` and `line` point back into data/.
CREATE TABLE recognition_events (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL REFERENCES entities(code),
    recogniser TEXT NOT NULL REFERENCES entities(code),
    date TEXT NOT NULL,
    event TEXT NOT NULL,
    confidence TEXT NOT NULL,
    sources TEXT NOT NULL,
    note TEXT,
    file TEXT,
    line INTEGER
);
CREATE INDEX recognition_by_pair ON recognition_events(subject, recogniser);

CREATE TABLE membership_events (
    id INTEGER PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations(code),
    member TEXT NOT NULL REFERENCES entities(code),
    date TEXT NOT NULL,
    event TEXT NOT NULL,
    confidence TEXT NOT NULL,
    sources TEXT NOT NULL,
    note TEXT,
    file TEXT,
    line INTEGER
);
CREATE INDEX membership_by_pair ON membership_events(organisation, member);

CREATE TABLE subject_notes (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    date TEXT NOT NULL,
    event TEXT NOT NULL,
    sources TEXT NOT NULL,
    note TEXT,
    file TEXT,
    line INTEGER
);

-- Boundary features cut out of others by a rule (data/derived_boundaries.csv).
CREATE TABLE derived_boundaries (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    from_key TEXT NOT NULL,
    rule TEXT NOT NULL,
    sources TEXT NOT NULL,
    note TEXT,
    file TEXT,
    line INTEGER
);

-- How each worldview (un, de-facto or a state's code) draws a disputed territory, from a date.
CREATE TABLE territory_positions (
    id INTEGER PRIMARY KEY,
    territory TEXT NOT NULL REFERENCES entities(code),
    drawn_as TEXT NOT NULL REFERENCES entities(code),
    worldview TEXT NOT NULL,
    date_from TEXT,
    sources TEXT NOT NULL,
    note TEXT,
    file TEXT,
    line INTEGER
);

-- Which entity covered a boundary feature, and when (data/boundary_history.csv): role is part,
-- dependency or annexed; date_to is exclusive.
CREATE TABLE boundary_history (
    id INTEGER PRIMARY KEY,
    boundary_key TEXT NOT NULL,
    holder TEXT NOT NULL REFERENCES entities(code),
    role TEXT NOT NULL,
    date_from TEXT,
    date_to TEXT,
    sources TEXT NOT NULL,
    note TEXT,
    file TEXT,
    line INTEGER
);
