-- kb schema, migration 2: what a mention does, the members of regions, the office of persons.
-- Never edit this file once it has landed: add the next numbered file instead.

-- Whether a mention names an actor ('actor': « Astana a refusé », « la Russie soutient ») or only
-- where something happens ('location': « le sommet de la CEI à Astana », « la guerre en Ukraine »).
-- The rule is data: data/lexicon/locatives.tsv.
ALTER TABLE mentions ADD COLUMN function TEXT NOT NULL DEFAULT 'actor' CHECK (function IN ('actor', 'location'));

-- The states a region groups (« les États baltes » → Estonia, Latvia, Lithuania).
CREATE TABLE region_members (
    region_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    state_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (region_id, state_id)
) STRICT;
CREATE INDEX region_members_by_state ON region_members(state_id);

-- The office a person holds for their state or organization: 'head_of_state', 'head_of_government',
-- 'foreign_minister'… (data/gazetteer/persons.tsv); role phrases such as « le président kazakh » name
-- the holder of the office.
ALTER TABLE persons ADD COLUMN office TEXT;

CREATE INDEX mentions_by_entity_passage ON mentions(entity_id, passage_id);

PRAGMA user_version = 2;
