-- Change tracking for incremental exports (trawl export --cursor NAME).
-- One database-wide sequence numbers every change to an article (new, or
-- re-extracted, or relinked as a duplicate) and to an entity (a review
-- decision: status, rename, or mentions merged into it). A mention or an
-- amount has changed when its article or its entity has: re-extraction
-- rewrites an article's mentions with the article, and a decision about an
-- entity changes every mention of it.

-- +goose Up
CREATE TABLE change_seq (n INTEGER NOT NULL);
INSERT INTO change_seq(n) VALUES (0);

ALTER TABLE articles ADD COLUMN changed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN changed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_changed ON articles(changed);
CREATE INDEX entities_changed ON entities(changed);

-- +goose StatementBegin
CREATE TRIGGER articles_changed_insert AFTER INSERT ON articles BEGIN
    UPDATE change_seq SET n = n + 1;
    UPDATE articles SET changed = (SELECT n FROM change_seq) WHERE id = new.id;
END;
-- +goose StatementEnd

-- The WHEN clause keeps the trigger's own UPDATE from counting as a change.
-- +goose StatementBegin
CREATE TRIGGER articles_changed_update AFTER UPDATE ON articles WHEN new.changed = old.changed BEGIN
    UPDATE change_seq SET n = n + 1;
    UPDATE articles SET changed = (SELECT n FROM change_seq) WHERE id = new.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER entities_changed_insert AFTER INSERT ON entities BEGIN
    UPDATE change_seq SET n = n + 1;
    UPDATE entities SET changed = (SELECT n FROM change_seq) WHERE id = new.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER entities_changed_update AFTER UPDATE ON entities WHEN new.changed = old.changed BEGIN
    UPDATE change_seq SET n = n + 1;
    UPDATE entities SET changed = (SELECT n FROM change_seq) WHERE id = new.id;
END;
-- +goose StatementEnd

-- A merge moves mentions to the entity kept: its export rows change.
-- +goose StatementBegin
CREATE TRIGGER mentions_entity_moved AFTER UPDATE OF entity_id ON mentions BEGIN
    UPDATE entities SET changed = changed WHERE id = new.entity_id;
END;
-- +goose StatementEnd

-- Where each named export cursor stands: rows changed after seq are new to it.
CREATE TABLE export_cursors (
    name       TEXT NOT NULL,
    what       TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (name, what)
);

-- +goose Down
DROP TABLE export_cursors;
DROP TRIGGER mentions_entity_moved;
DROP TRIGGER entities_changed_update;
DROP TRIGGER entities_changed_insert;
DROP TRIGGER articles_changed_update;
DROP TRIGGER articles_changed_insert;
DROP INDEX entities_changed;
DROP INDEX articles_changed;
ALTER TABLE entities DROP COLUMN changed;
ALTER TABLE articles DROP COLUMN changed;
DROP TABLE change_seq;
