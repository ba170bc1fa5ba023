-- kb schema, migration 11: which regions are groups of states that act together.
-- Never edit this file once it has landed: add the next numbered file instead.

-- « Les États baltes ont rejoint l’OTAN », « les pays d’Asie centrale se distancient de Moscou »: a group
-- of states the text makes act together. Its relations are shown for each member state, marked as
-- coming through the group (kb relations Estonia: "member of NATO, via Baltic states"). A region that
-- is only an area or a sphere (Eastern Europe, the post-Soviet space, the near abroad) is not one: what
-- the text says of it is not said of each state in it. From the `group` column of
-- data/gazetteer/regions.tsv, filled at ingest with the rest of the gazetteer.
CREATE TABLE state_groups (
    region_id  INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE
) STRICT;

-- A knowledge base made before this migration fills the table at its next kb ingest: forget the
-- gazetteer it stored, so that it is stored again.
DELETE FROM kb_info WHERE key = 'gazetteer_hash';

PRAGMA user_version = 11;
