-- Change tracking for incremental exports (trawl export --cursor NAME).
-- One database-wide sequence numbers every change to an article (new,
-- re-extracted, relinked as a duplicate, one of its mentions fixed or
-- rejected by a reviewer) and to an entity (a review decision: status,
-- label, name, or mentions merged or split into it). A mention or an amount
-- has changed when its article or its entity has: re-extraction rewrites an
-- article's mentions with the article, and a decision about an entity
-- changes every mention of it. Rows deleted are not tracked: an export
-- sends what is, so a consumer replaces an article's mentions as a whole.

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

-- What extraction writes, not page_id (a page archived again).
-- +goose StatementBegin
CREATE TRIGGER articles_changed_update AFTER UPDATE OF source, url, canonical_url, title, byline, published,
    lang, text, content_hash, duplicate_of, extractor_version, extracted_at ON articles BEGIN
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

-- Decisions, not the mention counts the writer keeps on every mention.
-- +goose StatementBegin
CREATE TRIGGER entities_changed_update AFTER UPDATE OF label, canonical, status ON entities BEGIN
    UPDATE change_seq SET n = n + 1;
    UPDATE entities SET changed = (SELECT n FROM change_seq) WHERE id = new.id;
END;
-- +goose StatementEnd

-- A merge or a split moves mentions to another entity: its export rows
-- change.
-- +goose StatementBegin
CREATE TRIGGER mentions_entity_moved AFTER UPDATE OF entity_id ON mentions BEGIN
    UPDATE change_seq SET n = n + 1;
    UPDATE entities SET changed = (SELECT n FROM change_seq) WHERE id = new.entity_id;
END;
-- +goose StatementEnd

-- A reviewer's span fix changes one mention; its article's rows are sent
-- again.
-- +goose StatementBegin
CREATE TRIGGER mentions_fixed AFTER UPDATE OF start, "end", text, label ON mentions BEGIN
    UPDATE change_seq SET n = n + 1;
    UPDATE articles SET changed = (SELECT n FROM change_seq) WHERE id = new.article_id;
END;
-- +goose StatementEnd

-- A mention rejected (or its rejection undone) changes its article's
-- mentions.
-- +goose StatementBegin
CREATE TRIGGER mention_rejected AFTER INSERT ON mention_rejections BEGIN
    UPDATE change_seq SET n = n + 1;
    UPDATE articles SET changed = (SELECT n FROM change_seq) WHERE key = new.article_key;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER mention_rejection_undone AFTER DELETE ON mention_rejections BEGIN
    UPDATE change_seq SET n = n + 1;
    UPDATE articles SET changed = (SELECT n FROM change_seq) WHERE key = old.article_key;
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
DROP TRIGGER mention_rejection_undone;
DROP TRIGGER mention_rejected;
DROP TRIGGER mentions_fixed;
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
