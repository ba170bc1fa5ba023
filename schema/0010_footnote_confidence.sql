-- kb schema, migration 10: how sure the alignment of each footnote is.
-- Never edit this file once it has landed: add the next numbered file instead.

-- kb weighs every placement of a page's footnotes that keeps their order (the markers were lost,
-- their order was not), and keeps for each footnote the sentence that agrees most with them.
-- confidence is the probability of that sentence among all the placements: near 1 when the URL's
-- words or the order leave no other choice, low when several sentences fit as well. A footnote whose
-- best sentence stays below kb's threshold is left unaligned (passage_id and confidence NULL).
-- score stays what the URL shares with the sentence (idf-weighted words and named entities), 0 when
-- the order alone placed it. Filled at ingest.
ALTER TABLE footnotes ADD COLUMN confidence REAL CHECK (confidence BETWEEN 0 AND 1);

-- Documents ingested before this migration were aligned the older way: forget what they were
-- extracted with, so that the next kb ingest of their files extracts them again (status 'updated').
UPDATE documents SET extraction_hash = NULL;

PRAGMA user_version = 10;
