-- What the review pages look up by: mentions per entity per week (kept by
-- triggers, for the entity chart), names by prefix, amounts by size.

-- +goose Up
CREATE TABLE entity_weeks (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    week      TEXT NOT NULL, -- the Monday (YYYY-MM-DD) of the article's publication week; '' when undated
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, week)
) WITHOUT ROWID;

INSERT INTO entity_weeks(entity_id, week, mentions)
SELECT m.entity_id, coalesce(date(substr(a.published, 1, 10), '-6 days', 'weekday 1'), ''), count(*)
  FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY 1, 2;

-- +goose StatementBegin
CREATE TRIGGER mentions_week_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO entity_weeks(entity_id, week, mentions)
    SELECT new.entity_id, coalesce(date(substr(published, 1, 10), '-6 days', 'weekday 1'), ''), 1 FROM articles WHERE id = new.article_id
    ON CONFLICT(entity_id, week) DO UPDATE SET mentions = mentions + 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER mentions_week_delete AFTER DELETE ON mentions BEGIN
    UPDATE entity_weeks SET mentions = mentions - 1
     WHERE entity_id = old.entity_id
       AND week = (SELECT coalesce(date(substr(published, 1, 10), '-6 days', 'weekday 1'), '') FROM articles WHERE id = old.article_id);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER mentions_week_update AFTER UPDATE OF entity_id ON mentions
WHEN old.entity_id != new.entity_id BEGIN
    UPDATE entity_weeks SET mentions = mentions - 1
     WHERE entity_id = old.entity_id
       AND week = (SELECT coalesce(date(substr(published, 1, 10), '-6 days', 'weekday 1'), '') FROM articles WHERE id = old.article_id);
    INSERT INTO entity_weeks(entity_id, week, mentions)
    SELECT new.entity_id, coalesce(date(substr(published, 1, 10), '-6 days', 'weekday 1'), ''), 1 FROM articles WHERE id = new.article_id
    ON CONFLICT(entity_id, week) DO UPDATE SET mentions = mentions + 1;
END;
-- +goose StatementEnd

CREATE INDEX entities_canonical ON entities(canonical);
CREATE INDEX aliases_alias ON aliases(alias);
CREATE INDEX amounts_usd ON amounts(usd);
CREATE INDEX amounts_currency ON amounts(currency, value);

-- +goose Down
DROP INDEX amounts_currency;
DROP INDEX amounts_usd;
DROP INDEX aliases_alias;
DROP INDEX entities_canonical;
DROP TRIGGER mentions_week_update;
DROP TRIGGER mentions_week_delete;
DROP TRIGGER mentions_week_insert;
DROP TABLE entity_weeks;
