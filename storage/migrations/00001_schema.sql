-- trawl's schema. Analysts query these tables directly: keep names plain.
-- Times are TEXT in RFC 3339 UTC ("2025-01-31T09:30:00Z").

-- +goose Up
CREATE TABLE sources (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT ''
);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL DEFAULT 'running',
    sources     TEXT NOT NULL DEFAULT '[]',  -- JSON array of source names
    summary     TEXT                         -- JSON, written when the run finishes
);

CREATE TABLE run_errors (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    source  TEXT NOT NULL,
    url     TEXT NOT NULL,
    status  INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE INDEX run_errors_run ON run_errors(run_id);

CREATE TABLE pages (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    source        TEXT NOT NULL,
    url           TEXT NOT NULL,
    final_url     TEXT NOT NULL,
    host          TEXT NOT NULL,
    key           TEXT NOT NULL UNIQUE,
    status        INTEGER NOT NULL,
    content_type  TEXT NOT NULL DEFAULT '',
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    fetched_at    TEXT NOT NULL,
    article       INTEGER NOT NULL DEFAULT 0,
    body          BLOB,
    body_size     INTEGER NOT NULL DEFAULT 0,
    sha256        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pages_host ON pages(host, article, status);

CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    page_id           INTEGER REFERENCES pages(id) ON DELETE SET NULL,
    source            TEXT NOT NULL,
    url               TEXT NOT NULL,
    key               TEXT NOT NULL UNIQUE,
    canonical_url     TEXT NOT NULL DEFAULT '',
    title             TEXT NOT NULL DEFAULT '',
    byline            TEXT NOT NULL DEFAULT '',
    published         TEXT NOT NULL DEFAULT '',
    lang              TEXT NOT NULL DEFAULT '',
    text              TEXT NOT NULL DEFAULT '',
    content_hash      TEXT NOT NULL,
    duplicate_of      INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    extractor_version TEXT NOT NULL DEFAULT '',
    extracted_at      TEXT NOT NULL
);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_page ON articles(page_id);
CREATE INDEX articles_published ON articles(published);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- +goose StatementBegin
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
-- +goose StatementEnd

CREATE TABLE entities (
    id        INTEGER PRIMARY KEY,
    label     TEXT NOT NULL,
    canonical TEXT NOT NULL COLLATE NOCASE,
    UNIQUE (label, canonical)
);

CREATE TABLE aliases (
    id        INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL COLLATE NOCASE,
    label     TEXT NOT NULL,
    source    TEXT NOT NULL CHECK (source IN ('extractor', 'review')),
    UNIQUE (label, alias)
);
CREATE INDEX aliases_entity ON aliases(entity_id);

CREATE TABLE mentions (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id         INTEGER NOT NULL REFERENCES entities(id),
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              TEXT NOT NULL,
    label             TEXT NOT NULL,
    extractor_version TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE amounts (
    id         INTEGER PRIMARY KEY,
    mention_id INTEGER NOT NULL UNIQUE REFERENCES mentions(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    value      REAL,
    value_max  REAL,
    currency   TEXT NOT NULL DEFAULT '',
    usd        REAL,
    text       TEXT NOT NULL
);
CREATE INDEX amounts_article ON amounts(article_id);

CREATE TABLE reviews (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    reviewer  TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    detail    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX reviews_entity ON reviews(entity_id);

-- +goose Down
DROP TABLE reviews;
DROP TABLE amounts;
DROP TABLE mentions;
DROP TABLE aliases;
DROP TABLE entities;
DROP TRIGGER articles_fts_update;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_insert;
DROP TABLE articles_fts;
DROP TABLE articles;
DROP TABLE pages;
DROP TABLE run_errors;
DROP TABLE runs;
DROP TABLE sources;
