-- kb schema, migration 7: full-text search over sentences.
-- Never edit this file once it has landed: add the next numbered file instead.

-- FTS5 over passages.text, accent-blind (`armenie` finds « Arménie »; `remove_diacritics 2` also folds
-- letters with several accents). An external-content table (content=passages), named as Datasette
-- expects (`passages_fts`), so Datasette's search box uses it; the triggers keep it in step.
CREATE VIRTUAL TABLE passages_fts USING fts5(
    text,
    content = 'passages',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO passages_fts(passages_fts) VALUES ('rebuild');

CREATE TRIGGER passages_fts_insert AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER passages_fts_update AFTER UPDATE OF text ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
END;

PRAGMA user_version = 7;
