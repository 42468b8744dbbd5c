-- Article pages that failed, tried again on later runs with a growing pause
-- between tries, and given up once they have failed for the source's
-- retry_failed_for (default 7 days). A page that is fetched again leaves.

-- +goose Up
CREATE TABLE page_failures (
    source           TEXT NOT NULL,
    url              TEXT NOT NULL,
    first_failed_at  TEXT NOT NULL,
    last_failed_at   TEXT NOT NULL,
    tries            INTEGER NOT NULL DEFAULT 1,
    next_try_at      TEXT NOT NULL,
    given_up_at      TEXT,
    status           INTEGER NOT NULL DEFAULT 0,  -- of the last try (HTTP; 0 = no answer)
    message          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source, url)
);
CREATE INDEX page_failures_due ON page_failures(source, given_up_at, next_try_at);

-- +goose Down
DROP TABLE page_failures;
