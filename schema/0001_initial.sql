-- kb schema, migration 1: documents and their text, the entities they name, events and assertions.
--
-- Applied once, in a transaction, by kb's migrator (GRDB's DatabaseMigrator, identifier
-- "0001_initial"). Never edit this file once it has landed: add the next numbered file instead.
-- Conventions: every table is STRICT; ids are INTEGER PRIMARY KEY; offsets count Unicode code points
-- (what SQLite's substr() counts) into documents.text, from 0; pages are the numbers printed in the
-- PDF; dates are EDTF strings plus ISO earliest/latest dates for sorting and range filters.

-- The file says it is a kb database ('KBDB') ...
PRAGMA application_id = 1262634050;

-- Facts about the file itself, e.g. 'gazetteer_hash': the fingerprint of the data/gazetteer/ files
-- last loaded into entities and aliases.
CREATE TABLE kb_info (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT;

-- ------------------------------------------------------------------------------------------------
-- Documents and their text
-- ------------------------------------------------------------------------------------------------

-- One row per ingested report.
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE              -- SHA-256 (hex) of the text, line endings normalized
                  CHECK (length(content_hash) = 64),
    file_name     TEXT NOT NULL,                    -- the file it was read from, without its folder
    title         TEXT,
    publisher     TEXT,
    issue         TEXT,                             -- issue number as printed ('22')
    date          TEXT,                             -- publication date, EDTF ('2023-02')
    language      TEXT NOT NULL,                    -- ISO 639-1 ('fr')
    url           TEXT,                             -- where the report is published, when known
    text          TEXT NOT NULL,                    -- the full text, line endings normalized to \n
    page_count    INTEGER NOT NULL CHECK (page_count > 0),
    ingested_at   TEXT NOT NULL                     -- ISO 8601 UTC timestamp
) STRICT;

-- The pages a reader finds in the PDF.
CREATE TABLE pages (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number       INTEGER NOT NULL CHECK (number > 0),   -- printed page number
    start_char   INTEGER NOT NULL CHECK (start_char >= 0),
    end_char     INTEGER NOT NULL CHECK (end_char >= start_char),
    UNIQUE (document_id, number)
) STRICT;

-- Sections under their headings. The front matter before the first heading (the summary) is
-- ordinal 0 with a NULL title.
CREATE TABLE sections (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL CHECK (ordinal >= 0),
    title        TEXT,
    page         INTEGER NOT NULL,                      -- page the heading stands on
    start_char   INTEGER NOT NULL,
    UNIQUE (document_id, ordinal),
    FOREIGN KEY (document_id, page) REFERENCES pages(document_id, number)
) STRICT;

-- One row per sentence of running text (headings, page headers and URLs are never passages).
-- A sentence cut by a page break is one passage, on the page where it starts.
CREATE TABLE passages (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page         INTEGER NOT NULL,                      -- page where the sentence starts
    section_id   INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    paragraph    INTEGER NOT NULL CHECK (paragraph >= 0),  -- paragraph (or summary bullet) in the document
    ordinal      INTEGER NOT NULL CHECK (ordinal >= 0),    -- order of the sentence in the document
    text         TEXT NOT NULL CHECK (length(text) > 0),   -- wrapped lines joined, whitespace collapsed
    start_char   INTEGER NOT NULL CHECK (start_char >= 0),
    end_char     INTEGER NOT NULL CHECK (end_char > start_char),
    UNIQUE (document_id, ordinal),
    FOREIGN KEY (document_id, page) REFERENCES pages(document_id, number)
) STRICT;
CREATE INDEX passages_by_page ON passages(document_id, page);
CREATE INDEX passages_by_section ON passages(section_id);

-- Web sources cited by footnotes, one row per distinct URL.
CREATE TABLE sources (
    id      INTEGER PRIMARY KEY,
    url     TEXT NOT NULL UNIQUE,
    domain  TEXT NOT NULL                               -- host without 'www.' ('lemonde.fr')
) STRICT;
CREATE INDEX sources_by_domain ON sources(domain);

-- Footnotes: the URLs at the foot of each page, in the order of their (lost) markers.
-- passage_id and score say which sentence a footnote backs, once aligned (NULL: not aligned).
CREATE TABLE footnotes (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page         INTEGER NOT NULL,
    ordinal      INTEGER NOT NULL CHECK (ordinal > 0),  -- 1-based position among the page's footnotes
    source_id    INTEGER NOT NULL REFERENCES sources(id),
    line         INTEGER NOT NULL CHECK (line > 0),     -- line of the text file where it stands
    line_count   INTEGER NOT NULL DEFAULT 1 CHECK (line_count > 0),  -- identical lines collapsed into it
    passage_id   INTEGER REFERENCES passages(id) ON DELETE SET NULL,
    score        REAL,                                  -- alignment score with passage_id
    UNIQUE (document_id, page, ordinal),
    FOREIGN KEY (document_id, page) REFERENCES pages(document_id, number)
) STRICT;
CREATE INDEX footnotes_by_source ON footnotes(source_id);
CREATE INDEX footnotes_by_passage ON footnotes(passage_id);

-- ------------------------------------------------------------------------------------------------
-- Entities: what the reports name. Shared by all documents; loaded from data/gazetteer/.
-- ------------------------------------------------------------------------------------------------

CREATE TABLE entities (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,                     -- stable key: ISO alpha-3 for states ('ARM'), 'org:CSTO'…
    kind      TEXT NOT NULL CHECK (kind IN ('state', 'organization', 'person', 'place', 'region')),
    name      TEXT NOT NULL,                            -- English canonical name ('Armenia')
    name_fr   TEXT,                                     -- French name ('Arménie')
    wikidata  TEXT CHECK (wikidata IS NULL OR wikidata GLOB 'Q[0-9]*')
) STRICT;
CREATE INDEX entities_by_name ON entities(name COLLATE NOCASE);

-- States: identifiers political scientists join on.
CREATE TABLE states (
    entity_id    INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    iso2         TEXT CHECK (iso2 IS NULL OR length(iso2) = 2),
    iso3         TEXT NOT NULL UNIQUE CHECK (length(iso3) = 3),
    cow_code     INTEGER,                               -- Correlates of War numeric code
    official_en  TEXT,
    official_fr  TEXT,
    capital_en   TEXT,
    capital_fr   TEXT,
    status       TEXT                                   -- 'un_member', 'un_observer', 'former'…
) STRICT;

CREATE TABLE organizations (
    entity_id     INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    acronym_en    TEXT,
    acronym_fr    TEXT,
    kind          TEXT,                                 -- 'intergovernmental', 'body', 'company'…
    part_of_id    INTEGER REFERENCES entities(id)       -- the organization or state it belongs to
) STRICT;

CREATE TABLE persons (
    entity_id     INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    role          TEXT,                                 -- 'President of Russia'
    affiliation_id INTEGER REFERENCES entities(id)      -- the state or organization they act for
) STRICT;

CREATE TABLE places (
    entity_id      INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    kind           TEXT,                                -- 'city', 'territory', 'region'…
    located_in_id  INTEGER REFERENCES entities(id)      -- the state it lies in
) STRICT;

-- Every name an entity goes by, in each language: names, acronyms, capitals, demonyms, metonyms.
CREATE TABLE aliases (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,                           -- as written ('Arménie', 'Erevan', 'arménienne')
    folded     TEXT NOT NULL,                           -- its words folded, one space between ('etats unis')
    lang       TEXT NOT NULL,                           -- 'fr', 'en'
    kind       TEXT NOT NULL CHECK (kind IN ('name', 'short', 'official', 'acronym', 'capital',
                                             'demonym', 'metonym', 'former_name', 'variant', 'role')),
    UNIQUE (entity_id, alias, lang, kind)
) STRICT;
CREATE INDEX aliases_by_folded ON aliases(folded);

-- Each place a passage names an entity.
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    passage_id  INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    start_char  INTEGER NOT NULL,                       -- offsets into passages.text
    end_char    INTEGER NOT NULL CHECK (end_char > start_char),
    surface     TEXT NOT NULL,                          -- the words as written ('l’Arménie' → 'Arménie')
    alias_kind  TEXT NOT NULL                           -- which kind of alias matched ('name', 'demonym'…)
) STRICT;
CREATE INDEX mentions_by_passage ON mentions(passage_id);
CREATE INDEX mentions_by_entity ON mentions(entity_id);

-- ------------------------------------------------------------------------------------------------
-- Events and assertions
-- ------------------------------------------------------------------------------------------------

-- Dated events (Step 3 fills them): type from data/, CAMEO root code where one fits.
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type         TEXT NOT NULL,                         -- 'invasion', 'armed_clash', 'summit'…
    cameo        TEXT,                                  -- CAMEO root code ('19')
    date         TEXT,                                  -- EDTF ('2022-09', '2022-09~', '2020/2022')
    start_date   TEXT,                                  -- earliest ISO date the EDTF allows
    end_date     TEXT,                                  -- latest ISO date the EDTF allows
    place_id     INTEGER REFERENCES entities(id),
    passage_id   INTEGER REFERENCES passages(id) ON DELETE SET NULL  -- the best evidence
) STRICT;
CREATE INDEX events_by_start ON events(start_date);
CREATE INDEX events_by_document ON events(document_id);

CREATE TABLE event_participants (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id),
    role       TEXT NOT NULL CHECK (role IN ('aggressor', 'target', 'party', 'mediator', 'host',
                                             'member', 'supplier', 'recipient')),
    PRIMARY KEY (event_id, entity_id, role)
) STRICT;
CREATE INDEX event_participants_by_entity ON event_participants(entity_id);

-- The predicate vocabulary, loaded from data/predicates.tsv.
CREATE TABLE predicates (
    key        TEXT PRIMARY KEY,                        -- 'co_mention', 'member_of'…
    label      TEXT NOT NULL,                           -- English label ('member of')
    cameo      TEXT,                                    -- CAMEO root code
    goldstein  REAL CHECK (goldstein IS NULL OR goldstein BETWEEN -10 AND 10),
    symmetric  INTEGER NOT NULL CHECK (symmetric IN (0, 1)),
    inverse    TEXT                                     -- key of the inverse predicate
) STRICT;

-- Who does what to whom, stated by one sentence of a report.
-- kind 'co_mention': two entities named in one sentence, with no trigger (not shown by default).
CREATE TABLE assertions (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    passage_id   INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    subject_id   INTEGER NOT NULL REFERENCES entities(id),
    predicate    TEXT NOT NULL REFERENCES predicates(key),
    object_id    INTEGER REFERENCES entities(id),
    kind         TEXT NOT NULL CHECK (kind IN ('co_mention', 'extracted')),
    polarity     TEXT NOT NULL DEFAULT 'positive' CHECK (polarity IN ('positive', 'negative')),
    modality     TEXT NOT NULL DEFAULT 'asserted'
                 CHECK (modality IN ('asserted', 'hedged', 'speculative', 'reported', 'question')),
    date         TEXT,                                  -- EDTF, when the sentence dates it
    start_date   TEXT,
    end_date     TEXT,
    CHECK (object_id IS NULL OR object_id <> subject_id)
) STRICT;
CREATE INDEX assertions_by_subject ON assertions(subject_id, predicate);
CREATE INDEX assertions_by_object ON assertions(object_id, predicate);
CREATE INDEX assertions_by_passage ON assertions(passage_id);
CREATE INDEX assertions_by_document ON assertions(document_id);

-- What backs an assertion (Wikidata's "references"): the report itself ('report': stated in the
-- document, at a page) and the footnotes aligned to its sentence ('footnote').
CREATE TABLE assertion_sources (
    assertion_id  INTEGER NOT NULL REFERENCES assertions(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('report', 'footnote')),
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page          INTEGER NOT NULL,
    footnote_id   INTEGER REFERENCES footnotes(id) ON DELETE CASCADE,
    CHECK ((kind = 'report') = (footnote_id IS NULL)),
    UNIQUE (assertion_id, kind, footnote_id)
) STRICT;
CREATE INDEX assertion_sources_by_footnote ON assertion_sources(footnote_id);

PRAGMA user_version = 1;
