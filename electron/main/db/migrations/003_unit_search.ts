// Schema 3: unit labels searched through an FTS5 index with the trigram tokenizer, so a search box term of three
// or more characters (Chinese included) finds its units by substring without reading 100,000 labels.
// External content: the index keeps only trigrams, keyed by the unit's rowid, and triggers keep it in step with
// every insert, delete and relabel (whoever writes). Terms shorter than a trigram fall back to LIKE (repos/paging.ts).
export const migration003 = `
CREATE VIRTUAL TABLE unit_search USING fts5(label, content = 'unit', content_rowid = 'rowid', tokenize = 'trigram');
CREATE TRIGGER unit_search_insert AFTER INSERT ON unit BEGIN
  INSERT INTO unit_search (rowid, label) VALUES (new.rowid, new.label);
END;
CREATE TRIGGER unit_search_delete AFTER DELETE ON unit BEGIN
  INSERT INTO unit_search (unit_search, rowid, label) VALUES ('delete', old.rowid, old.label);
END;
CREATE TRIGGER unit_search_update AFTER UPDATE OF label ON unit BEGIN
  INSERT INTO unit_search (unit_search, rowid, label) VALUES ('delete', old.rowid, old.label);
  INSERT INTO unit_search (rowid, label) VALUES (new.rowid, new.label);
END;
INSERT INTO unit_search (unit_search) VALUES ('rebuild');
`;
