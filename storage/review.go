package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/trawl/trawl/extract"
)

// Review statuses of an entity (entities.status).
const (
	StatusPending  = "pending"
	StatusAccepted = "accepted"
	StatusRejected = "rejected"
)

// Actions in reviews.action.
const (
	ActionAccept        = "accept"
	ActionReject        = "reject"
	ActionReopen        = "reopen" // back to pending
	ActionRelabel       = "relabel"
	ActionRename        = "rename"
	ActionMerge         = "merge"
	ActionSplit         = "split"
	ActionRejectMention = "reject-mention"
	ActionFixSpan       = "fix-span"
	ActionUndo          = "undo"
)

// ErrNothingToUndo is returned by Undo when the reviewer has no decision
// left that is not undone.
var ErrNothingToUndo = errors.New("nothing to undo")

// Every decision runs in one transaction that writes its effect and its
// reviews row. The row's detail holds the decision's own fields plus
// "before" and "after": the rows the decision touched, as they were and as
// they became, which is both the audit trail and what Undo restores.

type entitySnap struct {
	ID        int64  `json:"id"`
	Label     string `json:"label"`
	Canonical string `json:"canonical"`
	Status    string `json:"status"`
}

type aliasSnap struct {
	ID       int64  `json:"id"`
	EntityID int64  `json:"entity_id"`
	Alias    string `json:"alias"`
	Label    string `json:"label"`
	Source   string `json:"source"`
}

type mentionSnap struct {
	ID        int64  `json:"id"`
	ArticleID int64  `json:"article_id"`
	EntityID  int64  `json:"entity_id"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Label     string `json:"label"`
	Version   string `json:"extractor_version"`
}

type amountSnap struct {
	ID        int64           `json:"id"`
	MentionID int64           `json:"mention_id"`
	ArticleID int64           `json:"article_id"`
	Value     sql.NullFloat64 `json:"value"`
	ValueMax  sql.NullFloat64 `json:"value_max"`
	Currency  string          `json:"currency"`
	USD       sql.NullFloat64 `json:"usd"`
	Text      string          `json:"text"`
}

type ruleSnap struct {
	ID       int64         `json:"id"`
	Kind     string        `json:"kind"`
	Label    string        `json:"label"`
	Text     string        `json:"text"`
	ToLabel  string        `json:"to_label"`
	ToText   string        `json:"to_text"`
	ReviewID sql.NullInt64 `json:"review_id"`
}

type rejectionSnap struct {
	ID         int64         `json:"id"`
	ArticleKey string        `json:"article_key"`
	Start      int           `json:"start"`
	End        int           `json:"end"`
	Label      string        `json:"label"`
	ReviewID   sql.NullInt64 `json:"review_id"`
}

type reviewSnap struct {
	Entities   []entitySnap    `json:"entities,omitempty"`
	Aliases    []aliasSnap     `json:"aliases,omitempty"`
	Mentions   []mentionSnap   `json:"mentions,omitempty"`
	Amounts    []amountSnap    `json:"amounts,omitempty"`
	Rules      []ruleSnap      `json:"rules,omitempty"`
	Rejections []rejectionSnap `json:"rejections,omitempty"`
}

// scope names the rows a decision may touch: entities with their aliases,
// aliases by name (one may be taken over from another entity), mentions,
// rules by key, and rejections by key.
type scope struct {
	entities   []int64
	aliasNames [][2]string // label, alias
	mentions   []int64
	rules      [][3]string // kind, label, text
	rejections []rejectionSnap
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func int64Args(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// querySnap runs q in the transaction and hands each row to scan.
func querySnap(t *txn, q string, args []any, scan func(*sql.Rows) error) error {
	_, err := queryAll(t.ctx, t.tx, q, args, func(r *sql.Rows, _ *struct{}) error { return scan(r) })
	return err
}

// maxSnapArgs keeps IN lists below SQLite's variable limit.
const maxSnapArgs = 10000

func chunks(ids []int64) [][]int64 {
	var out [][]int64
	for len(ids) > maxSnapArgs {
		out = append(out, ids[:maxSnapArgs])
		ids = ids[maxSnapArgs:]
	}
	if len(ids) > 0 {
		out = append(out, ids)
	}
	return out
}

func takeReviewSnap(t *txn, sc scope) (reviewSnap, error) {
	var s reviewSnap
	if len(sc.entities) > 0 {
		args := int64Args(sc.entities)
		err := querySnap(t, `SELECT id, label, canonical, status FROM entities WHERE id IN (`+placeholders(len(args))+`) ORDER BY id`, args,
			func(r *sql.Rows) error {
				var e entitySnap
				err := r.Scan(&e.ID, &e.Label, &e.Canonical, &e.Status)
				s.Entities = append(s.Entities, e)
				return err
			})
		if err != nil {
			return s, fmt.Errorf("reviewSnap entities: %w", err)
		}
	}
	seenAlias := map[int64]bool{}
	scanAlias := func(r *sql.Rows) error {
		var a aliasSnap
		if err := r.Scan(&a.ID, &a.EntityID, &a.Alias, &a.Label, &a.Source); err != nil {
			return err
		}
		if !seenAlias[a.ID] {
			seenAlias[a.ID] = true
			s.Aliases = append(s.Aliases, a)
		}
		return nil
	}
	const aliasCols = `SELECT id, entity_id, alias, label, source FROM aliases `
	if len(sc.entities) > 0 {
		args := int64Args(sc.entities)
		if err := querySnap(t, aliasCols+`WHERE entity_id IN (`+placeholders(len(args))+`)`, args, scanAlias); err != nil {
			return s, fmt.Errorf("reviewSnap aliases: %w", err)
		}
	}
	for _, n := range sc.aliasNames {
		if err := querySnap(t, aliasCols+`WHERE label = ? AND alias = ?`, []any{n[0], n[1]}, scanAlias); err != nil {
			return s, fmt.Errorf("reviewSnap alias %q: %w", n[1], err)
		}
	}
	for _, ids := range chunks(sc.mentions) {
		args := int64Args(ids)
		in := `(` + placeholders(len(args)) + `)`
		err := querySnap(t, `SELECT id, article_id, entity_id, start, "end", text, label, extractor_version FROM mentions WHERE id IN `+in, args,
			func(r *sql.Rows) error {
				var m mentionSnap
				err := r.Scan(&m.ID, &m.ArticleID, &m.EntityID, &m.Start, &m.End, &m.Text, &m.Label, &m.Version)
				s.Mentions = append(s.Mentions, m)
				return err
			})
		if err == nil {
			err = querySnap(t, `SELECT id, mention_id, article_id, value, value_max, currency, usd, text FROM amounts WHERE mention_id IN `+in, args,
				func(r *sql.Rows) error {
					var a amountSnap
					err := r.Scan(&a.ID, &a.MentionID, &a.ArticleID, &a.Value, &a.ValueMax, &a.Currency, &a.USD, &a.Text)
					s.Amounts = append(s.Amounts, a)
					return err
				})
		}
		if err != nil {
			return s, fmt.Errorf("reviewSnap mentions: %w", err)
		}
	}
	for _, k := range sc.rules {
		err := querySnap(t, `SELECT id, kind, label, text, to_label, to_text, review_id FROM review_rules WHERE kind = ? AND label = ? AND text = ?`,
			[]any{k[0], k[1], k[2]}, func(r *sql.Rows) error {
				var x ruleSnap
				err := r.Scan(&x.ID, &x.Kind, &x.Label, &x.Text, &x.ToLabel, &x.ToText, &x.ReviewID)
				s.Rules = append(s.Rules, x)
				return err
			})
		if err != nil {
			return s, fmt.Errorf("reviewSnap rules: %w", err)
		}
	}
	for _, k := range sc.rejections {
		err := querySnap(t, `SELECT id, article_key, start, "end", label, review_id FROM mention_rejections
			WHERE article_key = ? AND start = ? AND "end" = ? AND label = ?`,
			[]any{k.ArticleKey, k.Start, k.End, k.Label}, func(r *sql.Rows) error {
				var x rejectionSnap
				err := r.Scan(&x.ID, &x.ArticleKey, &x.Start, &x.End, &x.Label, &x.ReviewID)
				s.Rejections = append(s.Rejections, x)
				return err
			})
		if err != nil {
			return s, fmt.Errorf("reviewSnap rejections: %w", err)
		}
	}
	return s, nil
}

// decision is one reviewer's decision in the making.
type decision struct {
	t        *txn
	reviewID int64
	scope    scope
}

// decide runs one decision: it opens the reviews row (so rules can point
// at it), snapshots the scope, applies the effect, snapshots again and
// writes the detail, all in one transaction. prepare loads what the
// decision needs and fills the scope; apply makes the change and may widen
// the scope (a new entity). note is the decision's own detail.
func (s *Store) decide(ctx context.Context, reviewer, action string, entityID int64,
	prepare func(d *decision) error, apply func(d *decision) (note map[string]any, err error)) (int64, error) {
	if strings.TrimSpace(reviewer) == "" {
		return 0, fmt.Errorf("storage: %s of entity %d: no reviewer named", action, entityID)
	}
	var reviewID int64
	err := s.inTx(ctx, func(t *txn) error {
		d := &decision{t: t}
		if err := prepare(d); err != nil {
			return err
		}
		if err := t.scan(`INSERT INTO reviews(at, reviewer, action, entity_id) VALUES (?, ?, ?, ?) RETURNING id`,
			[]any{formatTime(time.Now()), reviewer, action, entityID}, &d.reviewID); err != nil {
			return fmt.Errorf("storage: log %s of entity %d: %w", action, entityID, err)
		}
		before, err := takeReviewSnap(t, d.scope)
		if err != nil {
			return fmt.Errorf("storage: %s of entity %d: %w", action, entityID, err)
		}
		note, err := apply(d)
		if err != nil {
			return err
		}
		after, err := takeReviewSnap(t, d.scope)
		if err != nil {
			return fmt.Errorf("storage: %s of entity %d: %w", action, entityID, err)
		}
		if note == nil {
			note = map[string]any{}
		}
		note["before"], note["after"] = before, after
		detail, err := json.Marshal(note)
		if err == nil {
			_, err = t.exec(`UPDATE reviews SET detail = ? WHERE id = ?`, string(detail), d.reviewID)
		}
		if err != nil {
			return fmt.Errorf("storage: log %s of entity %d: %w", action, entityID, err)
		}
		reviewID = d.reviewID
		return nil
	})
	return reviewID, err
}

// SetEntityStatus accepts, rejects or reopens an entity. A rejected
// entity's names are no longer extracted under its label (ReviewDecisions);
// its stored mentions stay, marked by the status, until the articles are
// extracted again.
func (s *Store) SetEntityStatus(ctx context.Context, id int64, status, reviewer string) error {
	action, ok := map[string]string{StatusAccepted: ActionAccept, StatusRejected: ActionReject, StatusPending: ActionReopen}[status]
	if !ok {
		return fmt.Errorf("storage: entity %d: unknown status %q", id, status)
	}
	var from string
	_, err := s.decide(ctx, reviewer, action, id,
		func(d *decision) error {
			d.scope.entities = []int64{id}
			if err := d.t.scan(`SELECT status FROM entities WHERE id = ?`, []any{id}, &from); errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("storage: entity %d: %w", id, ErrNotFound)
			} else if err != nil {
				return fmt.Errorf("storage: entity %d: %w", id, err)
			}
			return nil
		},
		func(d *decision) (map[string]any, error) {
			if _, err := d.t.exec(`UPDATE entities SET status = ? WHERE id = ?`, status, id); err != nil {
				return nil, fmt.Errorf("storage: set status of entity %d: %w", id, err)
			}
			return map[string]any{"from": from, "to": status}, nil
		})
	return err
}

// names returns an entity's canonical name and aliases.
func names(t *txn, e entityRow) ([]string, error) {
	aliases, err := queryAll(t.ctx, t.tx, `SELECT alias FROM aliases WHERE entity_id = ?`, []any{e.id}, scanString)
	return append([]string{e.canonical}, aliases...), err
}

func mentionIDs(t *txn, query string, args ...any) ([]int64, error) {
	return queryAll(t.ctx, t.tx, query, args, func(r *sql.Rows, id *int64) error { return r.Scan(id) })
}

func checkLabel(label string) error {
	if !slices.Contains(extract.Labels, label) || label == "MONEY" {
		return fmt.Errorf("label %q is not an entity label (one of %s)", label, strings.Join(extract.Labels[:len(extract.Labels)-1], ", "))
	}
	return nil
}

// RelabelEntity gives an entity another label ("Naval Group" PERSON → ORG).
// Its mentions and aliases follow, and every one of its names found under
// the old label is extracted under the new one from now on. When an entity
// of that label and name exists already, the relabelled one joins it.
func (s *Store) RelabelEntity(ctx context.Context, id int64, label, reviewer string) error {
	if err := checkLabel(label); err != nil {
		return fmt.Errorf("storage: relabel entity %d: %w", id, err)
	}
	var e entityRow
	var all []string
	var into int64 // the entity of the new label with the same name, if any
	_, err := s.decide(ctx, reviewer, ActionRelabel, id,
		func(d *decision) error {
			var err error
			if e, err = loadEntity(d.t, id); err != nil {
				return err
			}
			if e.label == label {
				return fmt.Errorf("storage: relabel entity %d: already %s", id, label)
			}
			err = d.t.scan(`SELECT id FROM entities WHERE label = ? AND canonical = ?`, []any{label, e.canonical}, &into)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("storage: relabel entity %d: %w", id, err)
			}
			if all, err = names(d.t, e); err != nil {
				return fmt.Errorf("storage: relabel entity %d: %w", id, err)
			}
			if d.scope.mentions, err = mentionIDs(d.t, `SELECT id FROM mentions WHERE entity_id = ?`, id); err != nil {
				return fmt.Errorf("storage: relabel entity %d: %w", id, err)
			}
			d.scope.entities = []int64{id}
			if into != 0 {
				d.scope.entities = append(d.scope.entities, into)
			}
			for _, n := range all {
				d.scope.aliasNames = append(d.scope.aliasNames, [2]string{label, n})
				d.scope.rules = append(d.scope.rules, [3]string{"relabel", e.label, n}, [3]string{"relabel", label, n})
			}
			return nil
		},
		func(d *decision) (map[string]any, error) {
			fail := func(what string, err error) (map[string]any, error) {
				return nil, fmt.Errorf("storage: relabel entity %d: %s: %w", id, what, err)
			}
			target := id
			if into != 0 {
				target = into
			}
			if _, err := d.t.exec(`UPDATE mentions SET label = ?, entity_id = ? WHERE entity_id = ?`, label, target, id); err != nil {
				return fail("mentions", err)
			}
			// An alias another entity had under the new label yields to
			// this decision.
			if _, err := d.t.exec(`UPDATE OR REPLACE aliases SET label = ?, entity_id = ? WHERE entity_id = ?`, label, target, id); err != nil {
				return fail("aliases", err)
			}
			var err error
			if into != 0 {
				_, err = d.t.exec(`DELETE FROM entities WHERE id = ?`, id)
			} else {
				_, err = d.t.exec(`UPDATE entities SET label = ? WHERE id = ?`, label, id)
			}
			if err != nil {
				return fail("entity", err)
			}
			for _, n := range all {
				if _, err := d.t.exec(`DELETE FROM review_rules WHERE kind = 'relabel' AND label = ? AND text = ?`, label, n); err != nil {
					return fail("rules", err)
				}
				if _, err := d.t.exec(`INSERT INTO review_rules(kind, label, text, to_label, review_id) VALUES ('relabel', ?, ?, ?, ?)
					ON CONFLICT(kind, label, text) DO UPDATE SET to_label = excluded.to_label, review_id = excluded.review_id`,
					e.label, n, label, d.reviewID); err != nil {
					return fail("rules", err)
				}
			}
			note := map[string]any{"from": e.label, "to": label}
			if into != 0 {
				note["joined"] = into
			}
			return note, nil
		})
	return err
}

// RenameEntity gives entity id a new canonical name. The old name becomes a
// reviewer's alias, so later mentions under it still reach the entity.
func (s *Store) RenameEntity(ctx context.Context, id int64, canonical, reviewer string) error {
	canonical = strings.TrimSpace(canonical)
	if canonical == "" {
		return fmt.Errorf("storage: rename entity %d: empty name", id)
	}
	var e entityRow
	_, err := s.decide(ctx, reviewer, ActionRename, id,
		func(d *decision) error {
			var err error
			if e, err = loadEntity(d.t, id); err != nil {
				return err
			}
			var other int64
			err = d.t.scan(`SELECT id FROM entities WHERE label = ? AND canonical = ? AND id != ?`, []any{e.label, canonical, id}, &other)
			if err == nil {
				return fmt.Errorf("storage: rename entity %d to %s %q: %w: entity %d; merge them instead", id, e.label, canonical, ErrConflict, other)
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("storage: rename entity %d: %w", id, err)
			}
			d.scope.entities = []int64{id}
			d.scope.aliasNames = [][2]string{{e.label, canonical}, {e.label, e.canonical}}
			return nil
		},
		func(d *decision) (map[string]any, error) {
			if _, err := d.t.exec(`UPDATE entities SET canonical = ? WHERE id = ?`, canonical, id); err != nil {
				return nil, fmt.Errorf("storage: rename entity %d: %w", id, err)
			}
			// The new name is canonical now; an alias of it, here or on
			// another entity, would contradict the latest decision.
			if _, err := d.t.exec(`DELETE FROM aliases WHERE label = ? AND alias = ?`, e.label, canonical); err != nil {
				return nil, fmt.Errorf("storage: rename entity %d: %w", id, err)
			}
			if !strings.EqualFold(e.canonical, canonical) {
				if err := reviewAlias(d.t, id, e.label, e.canonical); err != nil {
					return nil, err
				}
			}
			return map[string]any{"from": e.canonical, "to": canonical}, nil
		})
	return err
}

// MergeEntities folds entity drop into keep: drop's mentions move to keep,
// drop's name and aliases become reviewer's aliases of keep, and drop is
// deleted. Both must have the same label.
func (s *Store) MergeEntities(ctx context.Context, keep, drop int64, reviewer string) error {
	if keep == drop {
		return fmt.Errorf("storage: merge entity %d into itself", keep)
	}
	var k, dr entityRow
	_, err := s.decide(ctx, reviewer, ActionMerge, keep,
		func(d *decision) error {
			var err error
			if k, err = loadEntity(d.t, keep); err != nil {
				return err
			}
			if dr, err = loadEntity(d.t, drop); err != nil {
				return err
			}
			if k.label != dr.label {
				return fmt.Errorf("storage: merge entity %d (%s) into %d (%s): labels differ", drop, dr.label, keep, k.label)
			}
			if d.scope.mentions, err = mentionIDs(d.t, `SELECT id FROM mentions WHERE entity_id = ?`, drop); err != nil {
				return fmt.Errorf("storage: merge entity %d into %d: %w", drop, keep, err)
			}
			d.scope.entities = []int64{keep, drop}
			d.scope.aliasNames = [][2]string{{k.label, dr.canonical}}
			return nil
		},
		func(d *decision) (map[string]any, error) {
			steps := []struct {
				what  string
				query string
			}{
				{"move mentions", `UPDATE mentions SET entity_id = ?1 WHERE entity_id = ?2`},
				{"move aliases", `UPDATE aliases SET entity_id = ?1, source = 'review' WHERE entity_id = ?2`},
				{"delete entity", `DELETE FROM entities WHERE id = ?2`},
			}
			for _, st := range steps {
				if _, err := d.t.exec(st.query, keep, drop); err != nil {
					return nil, fmt.Errorf("storage: merge entity %d into %d: %s: %w", drop, keep, st.what, err)
				}
			}
			if err := reviewAlias(d.t, keep, k.label, dr.canonical); err != nil {
				return nil, err
			}
			return map[string]any{"kept": k.canonical, "dropped": dr.canonical, "dropped_id": drop}, nil
		})
	return err
}

// SplitAlias takes alias away from entity id and makes it an entity of its
// own (same label, pending), with the mentions written that way; a
// reviewer's alias keeps later mentions there. It returns the new entity.
func (s *Store) SplitAlias(ctx context.Context, id int64, alias, reviewer string) (int64, error) {
	alias = strings.TrimSpace(alias)
	var e entityRow
	var newID int64
	_, err := s.decide(ctx, reviewer, ActionSplit, id,
		func(d *decision) error {
			var err error
			if e, err = loadEntity(d.t, id); err != nil {
				return err
			}
			var owner int64
			err = d.t.scan(`SELECT entity_id FROM aliases WHERE label = ? AND alias = ?`, []any{e.label, alias}, &owner)
			if errors.Is(err, sql.ErrNoRows) || (err == nil && owner != id) {
				return fmt.Errorf("storage: split %q from entity %d: not one of its aliases: %w", alias, id, ErrNotFound)
			} else if err != nil {
				return fmt.Errorf("storage: split %q from entity %d: %w", alias, id, err)
			}
			if err := d.t.scan(`SELECT id FROM entities WHERE label = ? AND canonical = ?`, []any{e.label, alias}, &owner); err == nil {
				return fmt.Errorf("storage: split %q from entity %d: %w: entity %d", alias, id, ErrConflict, owner)
			}
			if d.scope.mentions, err = mentionIDs(d.t, `SELECT id FROM mentions WHERE entity_id = ? AND text = ? COLLATE NOCASE`, id, alias); err != nil {
				return fmt.Errorf("storage: split %q from entity %d: %w", alias, id, err)
			}
			d.scope.entities = []int64{id}
			d.scope.aliasNames = [][2]string{{e.label, alias}}
			return nil
		},
		func(d *decision) (map[string]any, error) {
			if err := d.t.scan(`INSERT INTO entities(label, canonical) VALUES (?, ?) RETURNING id`, []any{e.label, alias}, &newID); err != nil {
				return nil, fmt.Errorf("storage: split %q from entity %d: %w", alias, id, err)
			}
			d.scope.entities = append(d.scope.entities, newID)
			if _, err := d.t.exec(`UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND text = ? COLLATE NOCASE`, newID, id, alias); err != nil {
				return nil, fmt.Errorf("storage: split %q from entity %d: %w", alias, id, err)
			}
			if err := reviewAlias(d.t, newID, e.label, alias); err != nil {
				return nil, err
			}
			return map[string]any{"from": e.canonical, "alias": alias, "new_id": newID}, nil
		})
	return newID, err
}

// mentionRow loads a mention with its article's key and text.
type mentionRow struct {
	mentionSnap
	articleKey, articleText string
}

func loadMention(t *txn, id int64) (mentionRow, error) {
	var m mentionRow
	err := t.scan(`SELECT m.id, m.article_id, m.entity_id, m.start, m."end", m.text, m.label, a.key, a.text
		FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.id = ?`, []any{id},
		&m.ID, &m.ArticleID, &m.EntityID, &m.Start, &m.End, &m.Text, &m.Label, &m.articleKey, &m.articleText)
	if errors.Is(err, sql.ErrNoRows) {
		return m, fmt.Errorf("storage: mention %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return m, fmt.Errorf("storage: mention %d: %w", id, err)
	}
	return m, nil
}

// RejectMention removes one occurrence a reviewer says is no entity; the
// same span of the same article stays out when it is extracted again.
func (s *Store) RejectMention(ctx context.Context, mentionID int64, reviewer string) error {
	var m mentionRow
	prepare := func(d *decision) error {
		var err error
		if m, err = loadMention(d.t, mentionID); err != nil {
			return err
		}
		d.scope.mentions = []int64{mentionID}
		d.scope.rejections = []rejectionSnap{{ArticleKey: m.articleKey, Start: m.Start, End: m.End, Label: m.Label}}
		return nil
	}
	// The review names the mention's entity, which prepare has yet to load.
	return s.inEntityDecision(ctx, reviewer, ActionRejectMention, mentionID, prepare, func(d *decision) (map[string]any, error) {
		if _, err := d.t.exec(`INSERT OR IGNORE INTO mention_rejections(article_key, start, "end", label, review_id) VALUES (?, ?, ?, ?, ?)`,
			m.articleKey, m.Start, m.End, m.Label, d.reviewID); err != nil {
			return nil, fmt.Errorf("storage: reject mention %d: %w", mentionID, err)
		}
		if _, err := d.t.exec(`DELETE FROM mentions WHERE id = ?`, mentionID); err != nil {
			return nil, fmt.Errorf("storage: reject mention %d: %w", mentionID, err)
		}
		return map[string]any{"mention_id": mentionID, "text": m.Text, "article_id": m.ArticleID}, nil
	})
}

// inEntityDecision is decide for a decision on a mention: the reviews row
// names the mention's entity.
func (s *Store) inEntityDecision(ctx context.Context, reviewer, action string, mentionID int64,
	prepare func(d *decision) error, apply func(d *decision) (map[string]any, error)) error {
	var entityID int64
	if err := s.db.QueryRowContext(ctx, `SELECT entity_id FROM mentions WHERE id = ?`, mentionID).Scan(&entityID); errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("storage: %s: mention %d: %w", action, mentionID, ErrNotFound)
	} else if err != nil {
		return fmt.Errorf("storage: %s: mention %d: %w", action, mentionID, err)
	}
	_, err := s.decide(ctx, reviewer, action, entityID, prepare, apply)
	return err
}

// FixMentionSpan moves a mention to the byte span [start, end) of its
// article's text ("F-15EX Eagle" → "F-15EX Eagle II"). When one span holds
// the other, the fix becomes a rule for every later occurrence of the same
// surface form under that label. A mention that was its entity's name moves
// to the entity the new span names.
func (s *Store) FixMentionSpan(ctx context.Context, mentionID int64, start, end int, reviewer string) error {
	var m mentionRow
	var canonical, to string
	prepare := func(d *decision) error {
		var err error
		if m, err = loadMention(d.t, mentionID); err != nil {
			return err
		}
		txt := m.articleText
		if start < 0 || end <= start || end > len(txt) || !utf8.RuneStart(txt[start]) || (end < len(txt) && !utf8.RuneStart(txt[end])) {
			return fmt.Errorf("storage: fix mention %d: span [%d,%d) is not inside the article's %d bytes of text on character boundaries", mentionID, start, end, len(txt))
		}
		to = strings.TrimSpace(txt[start:end])
		if to != txt[start:end] || to == "" {
			return fmt.Errorf("storage: fix mention %d: span [%d,%d) %q starts or ends with space", mentionID, start, end, txt[start:end])
		}
		var other int64
		if err := d.t.scan(`SELECT id FROM mentions WHERE article_id = ? AND id != ? AND start < ? AND "end" > ? LIMIT 1`,
			[]any{m.ArticleID, mentionID, end, start}, &other); err == nil {
			return fmt.Errorf("storage: fix mention %d: span [%d,%d) overlaps mention %d", mentionID, start, end, other)
		}
		if err := d.t.scan(`SELECT canonical FROM entities WHERE id = ?`, []any{m.EntityID}, &canonical); err != nil {
			return fmt.Errorf("storage: fix mention %d: %w", mentionID, err)
		}
		d.scope.mentions = []int64{mentionID}
		d.scope.entities = []int64{m.EntityID}
		d.scope.rules = [][3]string{{"span", m.Label, m.Text}}
		return nil
	}
	return s.inEntityDecision(ctx, reviewer, ActionFixSpan, mentionID, prepare, func(d *decision) (map[string]any, error) {
		fail := func(err error) (map[string]any, error) {
			return nil, fmt.Errorf("storage: fix mention %d: %w", mentionID, err)
		}
		target := m.EntityID
		if strings.EqualFold(m.Text, canonical) {
			var err error
			if target, err = resolveEntity(d.t, m.Label, to); err != nil {
				return fail(err)
			}
			d.scope.entities = append(d.scope.entities, target)
		}
		if _, err := d.t.exec(`UPDATE mentions SET start = ?, "end" = ?, text = ?, entity_id = ? WHERE id = ?`, start, end, to, target, mentionID); err != nil {
			return fail(err)
		}
		lo, lt := strings.ToLower(m.Text), strings.ToLower(to)
		rule := lo != lt && (strings.Contains(lt, lo) || strings.Contains(lo, lt))
		if rule {
			if _, err := d.t.exec(`INSERT INTO review_rules(kind, label, text, to_text, review_id) VALUES ('span', ?, ?, ?, ?)
				ON CONFLICT(kind, label, text) DO UPDATE SET to_text = excluded.to_text, review_id = excluded.review_id`,
				m.Label, m.Text, to, d.reviewID); err != nil {
				return fail(err)
			}
		}
		return map[string]any{"mention_id": mentionID, "from": m.Text, "to": to, "rule": rule}, nil
	})
}

// Review is one row of the audit log, without its snapshots.
type Review struct {
	ID       int64
	At       time.Time
	Reviewer string
	Action   string
	EntityID int64
	Detail   json.RawMessage
	UndoneBy int64
}

// Undo reverses reviewer's latest decision that is not undone yet,
// restoring every row it touched, and logs the undo. It returns the
// decision undone; ErrNothingToUndo when none is left.
func (s *Store) Undo(ctx context.Context, reviewer string) (Review, error) {
	var r Review
	err := s.inTx(ctx, func(t *txn) error {
		var at, detail string
		var entityID sql.NullInt64
		err := t.scan(`SELECT id, at, action, entity_id, detail FROM reviews
			WHERE reviewer = ? AND undone_by IS NULL AND action != 'undo' ORDER BY id DESC LIMIT 1`,
			[]any{reviewer}, &r.ID, &at, &r.Action, &entityID, &detail)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("storage: undo for %s: %w", reviewer, ErrNothingToUndo)
		}
		if err != nil {
			return fmt.Errorf("storage: undo for %s: %w", reviewer, err)
		}
		r.At, r.Reviewer, r.EntityID, r.Detail = parseTime(at), reviewer, entityID.Int64, json.RawMessage(detail)
		var snaps struct{ Before, After reviewSnap }
		if err := json.Unmarshal([]byte(detail), &snaps); err != nil {
			return fmt.Errorf("storage: undo review %d: detail: %w", r.ID, err)
		}
		if err := restore(t, snaps.Before, snaps.After); err != nil {
			return fmt.Errorf("storage: undo review %d (%s): %w", r.ID, r.Action, err)
		}
		note, err := json.Marshal(map[string]any{"undid": r.ID, "action": r.Action, "before": snaps.After, "after": snaps.Before})
		if err != nil {
			return fmt.Errorf("storage: undo review %d: %w", r.ID, err)
		}
		var undoID int64
		if err := t.scan(`INSERT INTO reviews(at, reviewer, action, entity_id, detail) VALUES (?, ?, 'undo', ?, ?) RETURNING id`,
			[]any{formatTime(time.Now()), reviewer, entityID, string(note)}, &undoID); err != nil {
			return fmt.Errorf("storage: log undo of review %d: %w", r.ID, err)
		}
		r.UndoneBy = undoID
		if _, err := t.exec(`UPDATE reviews SET undone_by = ? WHERE id = ?`, undoID, r.ID); err != nil {
			return fmt.Errorf("storage: undo review %d: %w", r.ID, err)
		}
		return nil
	})
	return r, err
}

// restore turns the rows a decision touched back from after into before:
// rows only after are deleted, rows before are written back by id.
func restore(t *txn, before, after reviewSnap) error {
	ids := func(n int, id func(int) int64) map[int64]bool {
		m := make(map[int64]bool, n)
		for i := range n {
			m[id(i)] = true
		}
		return m
	}
	type del struct {
		table string
		gone  []int64
	}
	var dels []del
	add := func(table string, beforeIDs map[int64]bool, afterN int, afterID func(int) int64) {
		d := del{table: table}
		for i := range afterN {
			if id := afterID(i); !beforeIDs[id] {
				d.gone = append(d.gone, id)
			}
		}
		dels = append(dels, d)
	}
	add("aliases", ids(len(before.Aliases), func(i int) int64 { return before.Aliases[i].ID }), len(after.Aliases), func(i int) int64 { return after.Aliases[i].ID })
	add("review_rules", ids(len(before.Rules), func(i int) int64 { return before.Rules[i].ID }), len(after.Rules), func(i int) int64 { return after.Rules[i].ID })
	add("mention_rejections", ids(len(before.Rejections), func(i int) int64 { return before.Rejections[i].ID }), len(after.Rejections), func(i int) int64 { return after.Rejections[i].ID })
	add("amounts", ids(len(before.Amounts), func(i int) int64 { return before.Amounts[i].ID }), len(after.Amounts), func(i int) int64 { return after.Amounts[i].ID })
	add("mentions", ids(len(before.Mentions), func(i int) int64 { return before.Mentions[i].ID }), len(after.Mentions), func(i int) int64 { return after.Mentions[i].ID })
	for _, d := range dels {
		for _, id := range d.gone {
			if _, err := t.exec(`DELETE FROM `+d.table+` WHERE id = ?`, id); err != nil {
				return fmt.Errorf("delete %s %d: %w", d.table, id, err)
			}
		}
	}
	for _, e := range before.Entities {
		if _, err := t.exec(`INSERT INTO entities(id, label, canonical, status) VALUES (?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET label = excluded.label, canonical = excluded.canonical, status = excluded.status`,
			e.ID, e.Label, e.Canonical, e.Status); err != nil {
			return fmt.Errorf("restore entity %d: %w", e.ID, err)
		}
	}
	// A mention the decision left in place but that is gone now was
	// removed since (its article extracted again): bringing it back would
	// duplicate what re-extraction stored, so it stays gone.
	inAfter := ids(len(after.Mentions), func(i int) int64 { return after.Mentions[i].ID })
	gone := map[int64]bool{}
	for _, m := range before.Mentions {
		if inAfter[m.ID] {
			var one int
			err := t.scan(`SELECT 1 FROM mentions WHERE id = ?`, []any{m.ID}, &one)
			if errors.Is(err, sql.ErrNoRows) {
				gone[m.ID] = true
				continue
			}
			if err != nil {
				return fmt.Errorf("restore mention %d: %w", m.ID, err)
			}
		}
		if _, err := t.exec(`INSERT INTO mentions(id, article_id, entity_id, start, "end", text, label, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET entity_id = excluded.entity_id, start = excluded.start, "end" = excluded."end", text = excluded.text, label = excluded.label`,
			m.ID, m.ArticleID, m.EntityID, m.Start, m.End, m.Text, m.Label, m.Version); err != nil {
			return fmt.Errorf("restore mention %d: %w", m.ID, err)
		}
	}
	for _, a := range before.Amounts {
		if gone[a.MentionID] {
			continue
		}
		if _, err := t.exec(`INSERT OR IGNORE INTO amounts(id, mention_id, article_id, value, value_max, currency, usd, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			a.ID, a.MentionID, a.ArticleID, a.Value, a.ValueMax, a.Currency, a.USD, a.Text); err != nil {
			return fmt.Errorf("restore amount %d: %w", a.ID, err)
		}
	}
	for _, a := range before.Aliases {
		if _, err := t.exec(`INSERT INTO aliases(id, entity_id, alias, label, source) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET entity_id = excluded.entity_id, alias = excluded.alias, label = excluded.label, source = excluded.source`,
			a.ID, a.EntityID, a.Alias, a.Label, a.Source); err != nil {
			return fmt.Errorf("restore alias %q: %w", a.Alias, err)
		}
	}
	for _, r := range before.Rules {
		if _, err := t.exec(`INSERT INTO review_rules(id, kind, label, text, to_label, to_text, review_id) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET to_label = excluded.to_label, to_text = excluded.to_text, review_id = excluded.review_id`,
			r.ID, r.Kind, r.Label, r.Text, r.ToLabel, r.ToText, r.ReviewID); err != nil {
			return fmt.Errorf("restore rule %q: %w", r.Text, err)
		}
	}
	for _, r := range before.Rejections {
		if _, err := t.exec(`INSERT OR IGNORE INTO mention_rejections(id, article_key, start, "end", label, review_id) VALUES (?, ?, ?, ?, ?, ?)`,
			r.ID, r.ArticleKey, r.Start, r.End, r.Label, r.ReviewID); err != nil {
			return fmt.Errorf("restore rejection: %w", err)
		}
	}
	beforeEntities := ids(len(before.Entities), func(i int) int64 { return before.Entities[i].ID })
	for _, e := range after.Entities {
		if !beforeEntities[e.ID] {
			if _, err := t.exec(`DELETE FROM entities WHERE id = ?`, e.ID); err != nil {
				return fmt.Errorf("delete entity %d: %w", e.ID, err)
			}
		}
	}
	return nil
}

// ReviewDecisions returns the rules reviewers' decisions left for
// extraction: names of rejected entities, relabels and span fixes.
// (ReviewAliases gives the renames and merges.)
func (s *Store) ReviewDecisions(ctx context.Context) (extract.Decisions, error) {
	var d extract.Decisions
	rows, err := s.db.QueryContext(ctx, `SELECT label, canonical FROM entities WHERE status = 'rejected'
		UNION SELECT a.label, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE e.status = 'rejected'`)
	if err != nil {
		return d, fmt.Errorf("storage: review decisions: %w", err)
	}
	for rows.Next() {
		var a extract.Alias
		if err := rows.Scan(&a.Label, &a.Text); err != nil {
			rows.Close()
			return d, fmt.Errorf("storage: review decisions: %w", err)
		}
		d.Rejected = append(d.Rejected, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return d, fmt.Errorf("storage: review decisions: %w", err)
	}
	rows, err = s.db.QueryContext(ctx, `SELECT kind, label, text, to_label, to_text FROM review_rules ORDER BY id`)
	if err != nil {
		return d, fmt.Errorf("storage: review rules: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind, label, text, toLabel, toText string
		if err := rows.Scan(&kind, &label, &text, &toLabel, &toText); err != nil {
			return d, fmt.Errorf("storage: review rules: %w", err)
		}
		if kind == "relabel" {
			d.Relabels = append(d.Relabels, extract.Relabel{Text: text, Label: label, ToLabel: toLabel})
		} else {
			d.Spans = append(d.Spans, extract.SpanFix{Text: text, Label: label, ToText: toText})
		}
	}
	if err := rows.Err(); err != nil {
		return d, fmt.Errorf("storage: review rules: %w", err)
	}
	return d, nil
}

// rejectedSpans returns the occurrences reviewers rejected in the article
// with this key (ArticleKey left empty in the keys).
func rejectedSpans(t *txn, articleKey string) (map[rejectionSnap]bool, error) {
	var out map[rejectionSnap]bool
	err := querySnap(t, `SELECT start, "end", label FROM mention_rejections WHERE article_key = ?`, []any{articleKey}, func(r *sql.Rows) error {
		var k rejectionSnap
		if err := r.Scan(&k.Start, &k.End, &k.Label); err != nil {
			return err
		}
		if out == nil {
			out = map[rejectionSnap]bool{}
		}
		out[k] = true
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rejected mentions: %w", err)
	}
	return out, nil
}
