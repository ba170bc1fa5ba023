-- kb schema, migration 5: where an event's date comes from when its sentences do not state it.
-- Never edit this file once it has landed: add the next numbered file instead.

-- 'text': a date its evidence states (events.date_id); 'relative': a relative date of its evidence,
-- counted from an anchor (dates.resolution says how); 'event': another event (a war begins with the
-- invasion between the same parties); 'footnote': the publication date in the URL of a footnote
-- aligned to its evidence, an approximation (EDTF '~'). NULL for an undated event.
ALTER TABLE events ADD COLUMN date_basis TEXT CHECK (date_basis IN ('text', 'relative', 'event', 'footnote'));
-- How an inferred date was found: 'begins with the invasion of 2022-02-24 (page 2)',
-- 'publication date in footnote 3 of page 5: https://www.lemonde.fr/…/2022/11/22/…'.
ALTER TABLE events ADD COLUMN date_note TEXT;

PRAGMA user_version = 5;
