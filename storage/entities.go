package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/trawl/trawl/extract"
)

// ErrConflict is returned when a rename would give an entity the name of
// another entity of its label; merging them is the way.
var ErrConflict = errors.New("conflicts with another entity")

// resolveEntity finds the entity that (label, canonical) names, creating it
// when nothing does. A reviewer's alias wins over an entity's own canonical
// name, which wins over an alias the extractor saw; all compare without case.
func resolveEntity(t *txn, label, canonical string) (int64, error) {
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

func logReview(t *txn, reviewer, action string, entityID int64, detail any) error {
	d, err := json.Marshal(detail)
	if err == nil {
		_, err = t.exec(`INSERT INTO reviews(at, reviewer, action, entity_id, detail) VALUES (?, ?, ?, ?, ?)`,
			formatTime(time.Now()), reviewer, action, entityID, string(d))
	}
	if err != nil {
		return fmt.Errorf("storage: log %s of entity %d: %w", action, entityID, err)
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

// RenameEntity gives entity id a new canonical name. The old name becomes a
// reviewer's alias, so later mentions under it still reach the entity, and
// the decision is logged in reviews.
func (s *Store) RenameEntity(ctx context.Context, id int64, canonical, reviewer string) error {
	canonical = strings.TrimSpace(canonical)
	if canonical == "" {
		return fmt.Errorf("storage: rename entity %d: empty name", id)
	}
	return s.inTx(ctx, func(t *txn) error {
		e, err := loadEntity(t, id)
		if err != nil {
			return err
		}
		var other int64
		err = t.scan(`SELECT id FROM entities WHERE label = ? AND canonical = ? AND id != ?`, []any{e.label, canonical, id}, &other)
		if err == nil {
			return fmt.Errorf("storage: rename entity %d to %s %q: %w: entity %d; merge them instead", id, e.label, canonical, ErrConflict, other)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("storage: rename entity %d: %w", id, err)
		}
		if _, err := t.exec(`UPDATE entities SET canonical = ? WHERE id = ?`, canonical, id); err != nil {
			return fmt.Errorf("storage: rename entity %d: %w", id, err)
		}
		// The new name is canonical now; an alias of it, here or on another
		// entity, would contradict the latest decision.
		if _, err := t.exec(`DELETE FROM aliases WHERE label = ? AND alias = ?`, e.label, canonical); err != nil {
			return fmt.Errorf("storage: rename entity %d: %w", id, err)
		}
		if !strings.EqualFold(e.canonical, canonical) {
			if err := reviewAlias(t, id, e.label, e.canonical); err != nil {
				return err
			}
		}
		return logReview(t, reviewer, "rename", id, map[string]string{"from": e.canonical, "to": canonical})
	})
}

// MergeEntities folds entity drop into keep: drop's mentions move to keep,
// drop's name and aliases become reviewer's aliases of keep, drop is deleted
// and the decision is logged in reviews. Both must have the same label.
func (s *Store) MergeEntities(ctx context.Context, keep, drop int64, reviewer string) error {
	if keep == drop {
		return fmt.Errorf("storage: merge entity %d into itself", keep)
	}
	return s.inTx(ctx, func(t *txn) error {
		k, err := loadEntity(t, keep)
		if err != nil {
			return err
		}
		d, err := loadEntity(t, drop)
		if err != nil {
			return err
		}
		if k.label != d.label {
			return fmt.Errorf("storage: merge entity %d (%s) into %d (%s): labels differ", drop, d.label, keep, k.label)
		}
		steps := []struct {
			what  string
			query string
		}{
			{"move mentions", `UPDATE mentions SET entity_id = ?1 WHERE entity_id = ?2`},
			{"move aliases", `UPDATE aliases SET entity_id = ?1, source = 'review' WHERE entity_id = ?2`},
			{"delete entity", `DELETE FROM entities WHERE id = ?2`},
		}
		for _, st := range steps {
			if _, err := t.exec(st.query, keep, drop); err != nil {
				return fmt.Errorf("storage: merge entity %d into %d: %s: %w", drop, keep, st.what, err)
			}
		}
		if err := reviewAlias(t, keep, k.label, d.canonical); err != nil {
			return err
		}
		return logReview(t, reviewer, "merge", keep, map[string]any{
			"kept": k.canonical, "dropped": d.canonical, "dropped_id": drop,
		})
	})
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
