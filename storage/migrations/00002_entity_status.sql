-- Every entity carries its review status, so exports and analysts' queries
-- can leave out what reviewers rejected (DESIGN.md, Data rules).

-- +goose Up
ALTER TABLE entities ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'accepted', 'rejected'));
CREATE INDEX entities_status ON entities(status, label);

-- +goose Down
DROP INDEX entities_status;
ALTER TABLE entities DROP COLUMN status;
