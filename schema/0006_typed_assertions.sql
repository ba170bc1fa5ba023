-- kb schema, migration 6: typed assertions — the predicates' French labels and class, and the words
-- that announce each assertion.
-- Never edit this file once it has landed: add the next numbered file instead.

-- 'cooperation', 'conflict' or 'neutral' (data/predicates.tsv): what `kb relations --type` filters on.
ALTER TABLE predicates ADD COLUMN label_fr TEXT;
ALTER TABLE predicates ADD COLUMN class TEXT CHECK (class IN ('cooperation', 'conflict', 'neutral'));

-- The trigger of an extracted assertion as written ('quitté', 'la visite'); NULL for a co-mention.
-- polarity 'negative' is a denial (« L’Arménie n’a pas quitté l’OTSC »: a negated 'left'); modality says
-- whether the report asserts it, hedges it (« semble »), supposes it (« pourrait »), reports someone
-- else's claim (« selon X ») or asks it.
ALTER TABLE assertions ADD COLUMN trigger TEXT;

-- Forget the gazetteer's fingerprint so that the next ingest fills the new predicate columns.
DELETE FROM kb_info WHERE key = 'gazetteer_hash';

PRAGMA user_version = 6;
