package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/trawl/trawl/extract"
)

// ErrConflict is returned when a rename would give an entity the name of
// another entity of its label; merging them is the way.
var ErrConflict = errors.New("conflicts with another entity")

// resolveEntity finds the entity that (label, canonical) names, creating it
// when nothing does. A reviewer's alias wins over an entity's own canonical
// name, which wins over an alias the extractor saw; all compare without case.
func resolveEntity(t *txn, label, canonical string) (int64, error) {
	k := entityKey{label, canonical}
	if t.names != nil {
		if id, ok := t.names.get(k); ok {
			return id, nil
		}
	}
	id, err := lookupEntity(t, label, canonical)
	if err == nil && t.names != nil {
		t.names.pending[k] = id
	}
	return id, err
}

func lookupEntity(t *txn, label, canonical string) (int64, error) {
	var aliasEntity int64
	var aliasSource string
	err := t.scan(`SELECT entity_id, source FROM aliases WHERE label = ? AND alias = ?`, []any{label, canonical}, &aliasEntity, &aliasSource)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("resolve %s %q: %w", label, canonical, err)
	}
	if aliasSource == "review" {
		return aliasEntity, nil
	}
	var id int64
	err = t.scan(`SELECT id FROM entities WHERE label = ? AND canonical = ?`, []any{label, canonical}, &id)
	switch {
	case err == nil:
		return id, nil
	case !errors.Is(err, sql.ErrNoRows):
		return 0, fmt.Errorf("resolve %s %q: %w", label, canonical, err)
	case aliasEntity != 0:
		return aliasEntity, nil
	}
	if err := t.scan(`INSERT INTO entities(label, canonical) VALUES (?, ?) RETURNING id`, []any{label, canonical}, &id); err != nil {
		return 0, fmt.Errorf("create entity %s %q: %w", label, canonical, err)
	}
	return id, nil
}

// reviewAlias makes alias name entityID by a reviewer's decision, taking the
// alias over from whichever entity had it.
func reviewAlias(t *txn, entityID int64, label, alias string) error {
	_, err := t.exec(`INSERT INTO aliases(entity_id, alias, label, source) VALUES (?, ?, ?, 'review')
		ON CONFLICT(label, alias) DO UPDATE SET entity_id = excluded.entity_id, source = 'review'`,
		entityID, alias, label)
	if err != nil {
		return fmt.Errorf("storage: alias %q of entity %d: %w", alias, entityID, err)
	}
	return nil
}

type entityRow struct {
	id               int64
	label, canonical string
}

func loadEntity(t *txn, id int64) (entityRow, error) {
	e := entityRow{id: id}
	err := t.scan(`SELECT label, canonical FROM entities WHERE id = ?`, []any{id}, &e.label, &e.canonical)
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("storage: entity %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return e, fmt.Errorf("storage: entity %d: %w", id, err)
	}
	return e, nil
}

// ReviewAliases returns the aliases reviewers' decisions made, each with the
// canonical name of its entity, for the annotator to apply.
func (s *Store) ReviewAliases(ctx context.Context) ([]extract.Alias, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.alias, a.label, e.canonical FROM aliases a
		JOIN entities e ON e.id = a.entity_id WHERE a.source = 'review' ORDER BY a.label, a.alias`)
	if err != nil {
		return nil, fmt.Errorf("storage: review aliases: %w", err)
	}
	defer rows.Close()
	var out []extract.Alias
	for rows.Next() {
		var a extract.Alias
		if err := rows.Scan(&a.Text, &a.Label, &a.Canonical); err != nil {
			return nil, fmt.Errorf("storage: review aliases: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: review aliases: %w", err)
	}
	return out, nil
}
