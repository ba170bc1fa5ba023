-- kb schema, migration 12: events dated from the gazetteer of known events.
-- Never edit this file once it has landed: add the next numbered file instead.

-- A fifth date basis, 'known': an event its sentences leave undated is one of the dated landmark
-- events of data/gazetteer/known-events.tsv (same type, the participants and place it names among the
-- known event's, within the year before the document unless a place ties it); date_note names it and its
-- reference: 'known event: 2022 SCO summit in Samarkand (2022-09-15/2022-09-16) — https://…'.
-- SQLite cannot widen a CHECK constraint in place, so the table is rebuilt as SQLite's ALTER TABLE
-- documentation prescribes (kb applies migrations with foreign keys off, then runs foreign_key_check):
-- the same columns in the same order, the same rows and ids, the same indexes, and the view that reads
-- it dropped first and created again unchanged.
DROP VIEW event_summaries;

CREATE TABLE events_new (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type         TEXT NOT NULL,                         -- 'invasion', 'armed_clash', 'summit_or_meeting'…
    cameo        TEXT,                                  -- CAMEO root code ('19')
    date         TEXT,                                  -- EDTF ('2022-09', '2022-09~', '2020/2022')
    start_date   TEXT,                                  -- earliest ISO date the EDTF allows
    end_date     TEXT,                                  -- latest ISO date the EDTF allows
    place_id     INTEGER REFERENCES entities(id),
    passage_id   INTEGER REFERENCES passages(id) ON DELETE SET NULL,  -- the best evidence
    date_id      INTEGER REFERENCES dates(id) ON DELETE SET NULL,     -- the date expression that dates it (0004)
    date_basis   TEXT CHECK (date_basis IN ('text', 'relative', 'event', 'footnote', 'known')),
    date_note    TEXT                                   -- how an inferred date was found (0005)
) STRICT;
INSERT INTO events_new (id, document_id, type, cameo, date, start_date, end_date, place_id, passage_id, date_id, date_basis, date_note)
SELECT id, document_id, type, cameo, date, start_date, end_date, place_id, passage_id, date_id, date_basis, date_note FROM events;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;

CREATE INDEX events_by_start ON events(start_date);
CREATE INDEX events_by_document ON events(document_id);
CREATE INDEX events_by_type ON events(type);
CREATE INDEX events_by_date_id ON events(date_id);
CREATE INDEX events_by_place ON events(place_id);
CREATE INDEX events_by_passage ON events(passage_id);

-- The view of 0008, unchanged.
CREATE VIEW event_summaries AS
SELECT e.id AS event_id,
       e.date,
       e.start_date,
       e.end_date,
       e.type,
       t.label_en AS label,
       e.cameo,
       (SELECT group_concat(x.name || ' (' || ep.role || ')', ', ') FROM event_participants ep
         JOIN entities x ON x.id = ep.entity_id WHERE ep.event_id = e.id) AS participants,
       pl.name AS place,
       p.text AS quote,
       p.page,
       (SELECT count(*) FROM event_evidence v WHERE v.event_id = e.id) AS evidence_count,
       e.date_basis,
       e.date_note,
       d.file_name AS document
FROM events e
JOIN documents d ON d.id = e.document_id
LEFT JOIN event_types t ON t.type = e.type
LEFT JOIN entities pl ON pl.id = e.place_id
LEFT JOIN passages p ON p.id = e.passage_id;

PRAGMA user_version = 12;
