-- rasd store, version 2: replacing a report touches only its own rows, and runs record who ran them.
-- Shipped migrations are never edited: changes go in a new numbered file.

-- A report's row in reports_fts, so that replacing the report deletes it by rowid instead of
-- scanning the index for its id. (reports has a text key: its own rowid may change with VACUUM,
-- the index's does not.)
ALTER TABLE reports ADD COLUMN fts_rowid INTEGER;
CREATE TEMP TABLE fts_rows AS SELECT rowid AS fts_rowid, report_id FROM reports_fts;
CREATE INDEX temp.fts_rows_report ON fts_rows (report_id);
UPDATE reports SET fts_rowid = (SELECT f.fts_rowid FROM fts_rows f WHERE f.report_id = reports.id);
DROP TABLE temp.fts_rows;

-- events_fts keyed by the event's own id (events.id is an INTEGER PRIMARY KEY, stable), so an
-- event's notes are deleted by rowid.
CREATE VIRTUAL TABLE events_fts_by_id USING fts5 (event_id UNINDEXED, notes, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO events_fts_by_id (rowid, event_id, notes) SELECT event_id, event_id, notes FROM events_fts;
DROP TABLE events_fts;
ALTER TABLE events_fts_by_id RENAME TO events_fts;

-- The process that ran a command, so that a run killed midway (status still 'running') is marked
-- 'interrupted' by the next rasd that opens the store on the same host.
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host TEXT NOT NULL DEFAULT '';
