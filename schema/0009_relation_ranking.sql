-- kb schema, migration 9: relations stay fast as the knowledge base grows.
-- Never edit this file once it has landed: add the next numbered file instead.

-- How good a quote an assertion's sentence makes, as one number to sort by (lower is better): the
-- sentence naming the fewest entities, then one a footnote backs, then the shortest, then the first.
--   quote_rank = ((named * 2 + unfootnoted) * 100000 + min(length, 99999)) * 10000000000 + passage_id
-- with named the distinct entities the sentence mentions (at most 400), unfootnoted 0 or 1, and
-- length in characters. kb relations groups a relation's assertions and keeps the row of the
-- smallest quote_rank as its best quote, without reading every sentence. kb fills it at ingest.
ALTER TABLE assertions ADD COLUMN quote_rank INTEGER;

UPDATE assertions SET quote_rank = (
    SELECT ((min(400, (SELECT count(DISTINCT m.entity_id) FROM mentions m WHERE m.passage_id = p.id)) * 2
             + (NOT EXISTS (SELECT 1 FROM footnotes f WHERE f.passage_id = p.id))) * 100000
            + min(length(p.text), 99999)) * 10000000000 + p.id
    FROM passages p WHERE p.id = assertions.passage_id);

-- A relation is read from these alone: the assertions of one entity as subject (or object), typed
-- ones apart from co-mentions, with the columns kb relations groups by.
CREATE INDEX assertions_relations_by_subject
    ON assertions(subject_id, kind, object_id, predicate, polarity, modality, quote_rank);
CREATE INDEX assertions_relations_by_object
    ON assertions(object_id, kind, subject_id, predicate, polarity, modality, quote_rank);
-- They cover what the older indexes by subject and by object did.
DROP INDEX assertions_by_subject;
DROP INDEX assertions_by_object;

PRAGMA user_version = 9;
