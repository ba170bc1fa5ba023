-- kb schema, migration 4: dates as the text gives them, event types, and the evidence of events.
-- Never edit this file once it has landed: add the next numbered file instead.

-- Every date expression of the text, as written and as read: EDTF (`2022-09`, `1992~/..`, `199X`)
-- plus the earliest and latest ISO dates it allows, for sorting and range filters (an open end is
-- '0000-01-01' or '9999-12-31'). A relative date (« deux ans auparavant », « octobre dernier »)
-- records how it was counted and from what: '− 2 year from 2022-09 (page 7, before)',
-- 'last month 10 from document date 2023-02', '2 year before from the war it names (2022-02-24/..)'.
CREATE TABLE dates (
    id          INTEGER PRIMARY KEY,
    passage_id  INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    start_char  INTEGER NOT NULL CHECK (start_char >= 0),   -- offsets into passages.text
    end_char    INTEGER NOT NULL CHECK (end_char > start_char),
    surface     TEXT NOT NULL,                              -- the words as written ('depuis trente ans')
    edtf        TEXT NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL CHECK (end_date >= start_date),
    relative    INTEGER NOT NULL CHECK (relative IN (0, 1)),
    resolution  TEXT,                                       -- how a relative date was counted
    CHECK ((relative = 1) = (resolution IS NOT NULL))
) STRICT;
CREATE INDEX dates_by_passage ON dates(passage_id);
CREATE INDEX dates_by_start ON dates(start_date);

-- The kinds of event kb knows (data/event-types.tsv): CAMEO root code where one fits, and the
-- Goldstein score of that root (−10 conflict … +10 cooperation).
CREATE TABLE event_types (
    type       TEXT PRIMARY KEY,
    cameo      TEXT,
    goldstein  REAL,
    label_en   TEXT NOT NULL,
    label_fr   TEXT NOT NULL
) STRICT;

-- The date expression that dates an event (events.date, start_date, end_date are its reading, a
-- punctual event « depuis le 24 février 2022 » being dated to its start); NULL when the text gives none.
ALTER TABLE events ADD COLUMN date_id INTEGER REFERENCES dates(id) ON DELETE SET NULL;
CREATE INDEX events_by_type ON events(type);
CREATE INDEX events_by_date_id ON events(date_id);
CREATE INDEX events_by_place ON events(place_id);
CREATE INDEX events_by_passage ON events(passage_id);

-- Every sentence that tells an event, with the words that announce it (its trigger). One event told
-- several times (« l’annexion des quatre oblasts », « l’annexion des provinces ukrainiennes ») has
-- several rows; events.passage_id is the best of them.
CREATE TABLE event_evidence (
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    passage_id  INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    trigger     TEXT NOT NULL,                              -- 'l’invasion' → 'invasion'
    start_char  INTEGER NOT NULL CHECK (start_char >= 0),   -- offsets of the trigger in passages.text
    end_char    INTEGER NOT NULL CHECK (end_char > start_char),
    PRIMARY KEY (event_id, passage_id, start_char)
) STRICT;
CREATE INDEX event_evidence_by_passage ON event_evidence(passage_id);

-- Fingerprint (SHA-256) of the data/ files a document was extracted with. Ingesting the same report
-- again re-extracts it when the gazetteer or lexicons have changed since; NULL for documents
-- extracted before this migration, which the next ingest therefore re-extracts.
ALTER TABLE documents ADD COLUMN extraction_hash TEXT;

PRAGMA user_version = 4;
