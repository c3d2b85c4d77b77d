-- rasd store, version 1. Shipped migrations are never edited: changes go in a new numbered file.

CREATE TABLE runs (
    id                INTEGER PRIMARY KEY,
    started_at        TEXT    NOT NULL,
    finished_at       TEXT,
    version           TEXT    NOT NULL,
    command           TEXT    NOT NULL,
    config            TEXT    NOT NULL DEFAULT '{}',
    inputs            TEXT    NOT NULL DEFAULT '[]',
    reports_read      INTEGER NOT NULL DEFAULT 0,
    reports_new       INTEGER NOT NULL DEFAULT 0,
    reports_updated   INTEGER NOT NULL DEFAULT 0,
    reports_duplicate INTEGER NOT NULL DEFAULT 0,
    reports_failed    INTEGER NOT NULL DEFAULT 0,
    events_stored     INTEGER NOT NULL DEFAULT 0,
    status            TEXT    NOT NULL DEFAULT 'running'
);

CREATE TABLE reports (
    id           TEXT PRIMARY KEY,
    content_hash TEXT    NOT NULL,
    title        TEXT    NOT NULL DEFAULT '',
    text         TEXT    NOT NULL,
    source       TEXT    NOT NULL DEFAULT '',
    url          TEXT    NOT NULL DEFAULT '',
    lang         TEXT    NOT NULL DEFAULT '',
    published    TEXT,             -- YYYY-MM-DD; NULL when the report carries no date
    origin       TEXT    NOT NULL DEFAULT '',
    run_id       INTEGER REFERENCES runs (id),
    ingested_at  TEXT    NOT NULL
);
CREATE INDEX reports_content_hash ON reports (content_hash);
CREATE INDEX reports_published ON reports (published);

-- ACLED's actor types, so views can write inter codes as text.
CREATE TABLE actor_types (
    code INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
INSERT INTO actor_types (code, name) VALUES
    (1, 'State forces'), (2, 'Rebel group'), (3, 'Political militia'), (4, 'Identity militia'),
    (5, 'Rioters'), (6, 'Protesters'), (7, 'Civilians'), (8, 'External/Other forces');

CREATE TABLE events (
    id                 INTEGER PRIMARY KEY,
    event_id_cnty      TEXT    NOT NULL UNIQUE,
    event_date         TEXT,
    year               INTEGER,
    time_precision     INTEGER,
    disorder_type      TEXT    NOT NULL DEFAULT '',
    event_type         TEXT    NOT NULL DEFAULT '',
    sub_event_type     TEXT    NOT NULL DEFAULT '',
    actor1             TEXT    NOT NULL DEFAULT '',
    assoc_actor_1      TEXT    NOT NULL DEFAULT '',
    inter1             INTEGER REFERENCES actor_types (code),
    actor2             TEXT    NOT NULL DEFAULT '',
    assoc_actor_2      TEXT    NOT NULL DEFAULT '',
    inter2             INTEGER REFERENCES actor_types (code),
    civilian_targeting TEXT    NOT NULL DEFAULT '',
    iso                INTEGER,
    region             TEXT    NOT NULL DEFAULT '',
    country            TEXT    NOT NULL DEFAULT '',
    admin1             TEXT    NOT NULL DEFAULT '',
    admin2             TEXT    NOT NULL DEFAULT '',
    admin3             TEXT    NOT NULL DEFAULT '',
    location           TEXT    NOT NULL DEFAULT '',
    latitude           REAL,
    longitude          REAL,
    geo_precision      INTEGER,
    source             TEXT    NOT NULL DEFAULT '',
    source_scale       TEXT    NOT NULL DEFAULT '',
    notes              TEXT    NOT NULL DEFAULT '',
    fatalities         INTEGER NOT NULL DEFAULT 0,
    tags               TEXT    NOT NULL DEFAULT '',
    timestamp          INTEGER NOT NULL,
    -- rasd's own fields
    category           TEXT    NOT NULL,
    target             TEXT    NOT NULL DEFAULT '',
    confidence         REAL    NOT NULL DEFAULT 0,
    merge_key          TEXT    -- same incident, same key; NULL when undated or unplaced
);
CREATE INDEX events_merge_key ON events (merge_key);
CREATE INDEX events_country_date ON events (country, event_date);
CREATE INDEX events_date ON events (event_date);

-- Which reports support which event.
CREATE TABLE event_sources (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    report_id TEXT    NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, report_id)
);
CREATE INDEX event_sources_report ON event_sources (report_id);

-- The words each field was read from; offsets are code points into reports.text.
CREATE TABLE evidence (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    report_id TEXT    NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    field     TEXT    NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT    NOT NULL
);
CREATE INDEX evidence_event ON evidence (event_id);
CREATE INDEX evidence_report ON evidence (report_id);

-- The next number of event_id_cnty per country prefix: ids are never reused.
CREATE TABLE event_id_counters (
    prefix TEXT PRIMARY KEY,
    next   INTEGER NOT NULL
);

-- Full-text search over reports and event notes; text is stored folded
-- (diacritics, tatweel, alef/yaa/taa marbuta forms) and queries are folded the same way.
CREATE VIRTUAL TABLE reports_fts USING fts5 (report_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE events_fts USING fts5 (event_id UNINDEXED, notes, tokenize = 'unicode61 remove_diacritics 2');

-- Exactly ACLED's 31 export columns in CODEBOOK order: dashboards SELECT * FROM acled_events.
CREATE VIEW acled_events AS
SELECT
    e.event_id_cnty,
    e.event_date,
    e.year,
    e.time_precision,
    e.disorder_type,
    e.event_type,
    e.sub_event_type,
    e.actor1,
    e.assoc_actor_1,
    t1.name AS inter1,
    e.actor2,
    e.assoc_actor_2,
    t2.name AS inter2,
    CASE
        WHEN t1.code IS NULL AND t2.code IS NULL THEN ''
        WHEN t2.code IS NULL THEN t1.name || ' only'
        WHEN t1.code IS NULL THEN t2.name || ' only'
        WHEN t1.code <= t2.code THEN t1.name || '-' || t2.name
        ELSE t2.name || '-' || t1.name
    END AS interaction,
    e.civilian_targeting,
    e.iso,
    e.region,
    e.country,
    e.admin1,
    e.admin2,
    e.admin3,
    e.location,
    round(e.latitude, 4) AS latitude,
    round(e.longitude, 4) AS longitude,
    e.geo_precision,
    e.source,
    e.source_scale,
    e.notes,
    e.fatalities,
    e.tags,
    e.timestamp
FROM events e
LEFT JOIN actor_types t1 ON t1.code = e.inter1
LEFT JOIN actor_types t2 ON t2.code = e.inter2;
