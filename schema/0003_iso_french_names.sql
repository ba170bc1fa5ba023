-- kb schema, migration 3: the ISO 3166-1 French short name of each state.
-- Never edit this file once it has landed: add the next numbered file instead.

-- As ISO writes it (« Bélarus », « Moldova, République de »), from Debian's iso-codes
-- (data/SOURCES.md); NULL where ISO has none (Kosovo, former states). The common French name is
-- entities.name_fr (« Biélorussie », « Moldavie »).
ALTER TABLE states ADD COLUMN iso_name_fr TEXT;

-- Forget the gazetteer's fingerprint so that the next ingest fills the new column.
DELETE FROM kb_info WHERE key = 'gazetteer_hash';

PRAGMA user_version = 3;
