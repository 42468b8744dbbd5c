-- Review: counts kept current per entity so the queue never counts
-- mentions per request, the rules reviewers' decisions leave for later
-- extraction, single mentions rejected, and undo in the audit log.

-- +goose Up
-- mentions and articles are kept by the triggers below, whatever writes
-- mentions (the writer, a merge, an undo).
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
-- mention_scale = floor(log2(mentions)) + 1 (0 with no mentions): the
-- queue's coarse order. An index on mentions itself would be rewritten
-- with every stored mention (it doubled the writer's time per article);
-- the scale, and so its index, changes only when the count doubles.
ALTER TABLE entities ADD COLUMN mention_scale INTEGER NOT NULL DEFAULT 0;

-- (entity_id, article_id) serves both the per-entity lookups and the
-- "another mention in this article?" test of the triggers.
DROP INDEX mentions_entity;
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);

UPDATE entities SET
    mentions = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id),
    articles = (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = entities.id);
UPDATE entities SET mention_scale = CASE WHEN mentions > 0 THEN CAST(log2(mentions) AS INTEGER) + 1 ELSE 0 END;

-- The queue walks this index, most mentioned scale first, and sorts only
-- within the scales it reaches.
CREATE INDEX entities_queue ON entities(status, mention_scale DESC);

-- +goose StatementBegin
CREATE TRIGGER mentions_count_insert AFTER INSERT ON mentions BEGIN
    UPDATE entities SET mentions = mentions + 1,
        articles = articles + NOT EXISTS (SELECT 1 FROM mentions o
            WHERE o.entity_id = new.entity_id AND o.article_id = new.article_id AND o.id != new.id)
     WHERE id = new.entity_id;
    UPDATE entities SET mention_scale = CASE WHEN mentions > 0 THEN CAST(log2(mentions) AS INTEGER) + 1 ELSE 0 END
     WHERE id = new.entity_id AND mention_scale != CASE WHEN mentions > 0 THEN CAST(log2(mentions) AS INTEGER) + 1 ELSE 0 END;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER mentions_count_delete AFTER DELETE ON mentions BEGIN
    UPDATE entities SET mentions = mentions - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM mentions o
            WHERE o.entity_id = old.entity_id AND o.article_id = old.article_id)
     WHERE id = old.entity_id;
    UPDATE entities SET mention_scale = CASE WHEN mentions > 0 THEN CAST(log2(mentions) AS INTEGER) + 1 ELSE 0 END
     WHERE id = old.entity_id AND mention_scale != CASE WHEN mentions > 0 THEN CAST(log2(mentions) AS INTEGER) + 1 ELSE 0 END;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER mentions_count_update AFTER UPDATE OF entity_id ON mentions
WHEN old.entity_id != new.entity_id BEGIN
    UPDATE entities SET mentions = mentions - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM mentions o
            WHERE o.entity_id = old.entity_id AND o.article_id = old.article_id)
     WHERE id = old.entity_id;
    UPDATE entities SET mentions = mentions + 1,
        articles = articles + NOT EXISTS (SELECT 1 FROM mentions o
            WHERE o.entity_id = new.entity_id AND o.article_id = new.article_id AND o.id != new.id)
     WHERE id = new.entity_id;
    UPDATE entities SET mention_scale = CASE WHEN mentions > 0 THEN CAST(log2(mentions) AS INTEGER) + 1 ELSE 0 END
     WHERE id = old.entity_id AND mention_scale != CASE WHEN mentions > 0 THEN CAST(log2(mentions) AS INTEGER) + 1 ELSE 0 END;
    UPDATE entities SET mention_scale = CASE WHEN mentions > 0 THEN CAST(log2(mentions) AS INTEGER) + 1 ELSE 0 END
     WHERE id = new.entity_id AND mention_scale != CASE WHEN mentions > 0 THEN CAST(log2(mentions) AS INTEGER) + 1 ELSE 0 END;
END;
-- +goose StatementEnd

-- Rules a decision leaves for extraction, by surface form (DESIGN.md: kept
-- against names, not mention ids): relabel (label, text) → to_label; span
-- (label, text) → to_text, the corrected form around or inside text.
-- Rejected names need no rule: they are the names of rejected entities.
CREATE TABLE review_rules (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('relabel', 'span')),
    label     TEXT NOT NULL,
    text      TEXT NOT NULL COLLATE NOCASE,
    to_label  TEXT NOT NULL DEFAULT '',
    to_text   TEXT NOT NULL DEFAULT '',
    review_id INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
    UNIQUE (kind, label, text)
);

-- One occurrence a reviewer rejected, by the article's identity key and the
-- span, so re-extraction of that article leaves it out again.
CREATE TABLE mention_rejections (
    id          INTEGER PRIMARY KEY,
    article_key TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    label       TEXT NOT NULL,
    review_id   INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
    UNIQUE (article_key, start, "end", label)
);

-- undone_by: the review that undid this one.
ALTER TABLE reviews ADD COLUMN undone_by INTEGER REFERENCES reviews(id);

-- +goose Down
ALTER TABLE reviews DROP COLUMN undone_by;
DROP TABLE mention_rejections;
DROP TABLE review_rules;
DROP TRIGGER mentions_count_update;
DROP TRIGGER mentions_count_delete;
DROP TRIGGER mentions_count_insert;
DROP INDEX entities_queue;
DROP INDEX mentions_entity;
CREATE INDEX mentions_entity ON mentions(entity_id);
ALTER TABLE entities DROP COLUMN mention_scale;
ALTER TABLE entities DROP COLUMN articles;
ALTER TABLE entities DROP COLUMN mentions;
