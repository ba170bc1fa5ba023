-- kb schema, migration 8: views for the common joins, with names rather than ids.
-- Never edit this file once it has landed: add the next numbered file instead.

-- Every assertion as a sentence an analyst reads: who, what, whom, when, how sure, where it is said
-- and the footnote URLs aligned to that sentence (space-separated). kind 'co_mention' rows are the
-- untyped co-mentions; filter them out for claims.
CREATE VIEW relations AS
SELECT a.id AS assertion_id,
       s.name AS subject,
       pr.label AS predicate,
       o.name AS object,
       a.date,
       CASE a.polarity WHEN 'negative' THEN 'negated' ELSE 'affirmed' END AS polarity,
       CASE a.modality WHEN 'reported' THEN 'attributed' ELSE a.modality END AS modality,
       a.kind,
       a.trigger,
       p.text AS quote,
       p.page,
       d.file_name AS document,
       (SELECT group_concat(u.url, ' ') FROM footnotes f JOIN sources u ON u.id = f.source_id
         WHERE f.passage_id = a.passage_id) AS sources,
       a.predicate AS predicate_key,
       pr.class,
       pr.cameo,
       pr.goldstein,
       s.key AS subject_key,
       o.key AS object_key,
       a.start_date,
       a.end_date
FROM assertions a
JOIN entities s ON s.id = a.subject_id
LEFT JOIN entities o ON o.id = a.object_id
JOIN predicates pr ON pr.key = a.predicate
JOIN passages p ON p.id = a.passage_id
JOIN documents d ON d.id = a.document_id;

-- Every event with its participants ('Russia (aggressor), Ukraine (target)'), place, date and best
-- sentence; evidence_count is how many sentences tell it.
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

-- Every mention with its entity and sentence.
CREATE VIEW entity_mentions AS
SELECT m.id AS mention_id,
       e.name AS entity,
       e.kind,
       e.key,
       m.surface,
       m.alias_kind,
       m.function,
       p.page,
       p.text AS sentence,
       d.file_name AS document
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN passages p ON p.id = m.passage_id
JOIN documents d ON d.id = p.document_id;

PRAGMA user_version = 8;
