package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Review statuses an export can ask for besides one status (StatusPending
// and the others): StatusDefault leaves out only what reviewers rejected.
const (
	StatusDefault = ""
	StatusAll     = "all"
)

// ExportFilter selects the rows of an export. The zero value exports every
// row except rejected entities and syndicated duplicates.
type ExportFilter struct {
	Since, Until      string // YYYY-MM-DD, inclusive, against the article's published date
	Source            string
	Label             string
	Status            string // StatusDefault, StatusAll or one status
	IncludeDuplicates bool
	// Changed, when set, keeps only rows whose article or entity changed in
	// its range of the change sequence (export cursors).
	Changed *ChangeRange
}

// ChangeRange is a span (After, Upto] of the change sequence; After -1
// takes every change up to Upto.
type ChangeRange struct{ After, Upto int64 }

// Validate checks the filter's values, naming the bad one.
func (f ExportFilter) Validate() error {
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return fmt.Errorf("%s %q: want a date as YYYY-MM-DD", d.name, d.v)
		}
	}
	switch f.Status {
	case StatusDefault, StatusAll, StatusPending, StatusAccepted, StatusRejected:
	default:
		return fmt.Errorf("status %q: want accepted, pending, rejected or all", f.Status)
	}
	return nil
}

// where builds the conditions shared by every export over articles a and,
// when entity is set, entities e.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// articleConds are the filters on articles a.
func (f ExportFilter) articleConds(w *where) {
	// published is RFC 3339 with the page's offset or a bare date: its first
	// ten characters are the date the page gives.
	if f.Since != "" {
		w.add(`a.published != '' AND substr(a.published, 1, 10) >= ?`, f.Since)
	}
	if f.Until != "" {
		w.add(`a.published != '' AND substr(a.published, 1, 10) <= ?`, f.Until)
	}
	if f.Source != "" {
		w.add(`a.source = ?`, f.Source)
	}
	if !f.IncludeDuplicates {
		w.add(`a.duplicate_of IS NULL`)
	}
}

// entityConds are the filters on entities e.
func (f ExportFilter) entityConds(w *where) {
	if f.Label != "" {
		w.add(`e.label = ?`, f.Label)
	}
	switch f.Status {
	case StatusDefault:
		w.add(`e.status != 'rejected'`)
	case StatusAll:
	default:
		w.add(`e.status = ?`, f.Status)
	}
}

// changeConds bound the change sequence of expr.
func (f ExportFilter) changeConds(w *where, expr string) {
	if f.Changed != nil {
		w.add(expr+` > ? AND `+expr+` <= ?`, f.Changed.After, f.Changed.Upto)
	}
}

// ArticleRow is one row of the articles export.
type ArticleRow struct {
	ID               int64      `json:"id" parquet:"id"`
	Source           string     `json:"source" parquet:"source,dict"`
	URL              string     `json:"url" parquet:"url"`
	CanonicalURL     string     `json:"canonical_url" parquet:"canonical_url"`
	Title            string     `json:"title" parquet:"title"`
	Byline           string     `json:"byline" parquet:"byline"`
	Published        *time.Time `json:"published" parquet:"published,timestamp(millisecond),optional"`
	Lang             string     `json:"lang" parquet:"lang,dict"`
	DuplicateOf      *int64     `json:"duplicate_of" parquet:"duplicate_of,optional"`
	ExtractorVersion string     `json:"extractor_version" parquet:"extractor_version,dict"`
	ExtractedAt      *time.Time `json:"extracted_at" parquet:"extracted_at,timestamp(millisecond),optional"`
	Mentions         int64      `json:"mentions" parquet:"mentions"`
	Text             string     `json:"text" parquet:"text"`
}

// EntityRow is one row of the entities export: an entity with its counts
// over the exported articles.
type EntityRow struct {
	ID        int64      `json:"id" parquet:"id"`
	Label     string     `json:"label" parquet:"label,dict"`
	Canonical string     `json:"canonical" parquet:"canonical"`
	Status    string     `json:"status" parquet:"status,dict"`
	Mentions  int64      `json:"mentions" parquet:"mentions"`
	Articles  int64      `json:"articles" parquet:"articles"`
	FirstSeen *time.Time `json:"first_seen" parquet:"first_seen,timestamp(millisecond),optional"`
	LastSeen  *time.Time `json:"last_seen" parquet:"last_seen,timestamp(millisecond),optional"`
}

// MentionRow is one row of the mentions export. Sentence is left for the
// exporter, which finds it in the article's text.
type MentionRow struct {
	ID               int64      `json:"id" parquet:"id"`
	ArticleID        int64      `json:"article_id" parquet:"article_id"`
	EntityID         int64      `json:"entity_id" parquet:"entity_id"`
	Label            string     `json:"label" parquet:"label,dict"`
	Canonical        string     `json:"canonical" parquet:"canonical,dict"`
	Status           string     `json:"status" parquet:"status,dict"`
	Text             string     `json:"text" parquet:"text"`
	Start            int64      `json:"start" parquet:"start"`
	End              int64      `json:"end" parquet:"end"`
	Sentence         string     `json:"sentence" parquet:"sentence"`
	URL              string     `json:"url" parquet:"url"`
	Published        *time.Time `json:"published" parquet:"published,timestamp(millisecond),optional"`
	Source           string     `json:"source" parquet:"source,dict"`
	ExtractorVersion string     `json:"extractor_version" parquet:"extractor_version,dict"`
}

// AmountRow is one row of the amounts export: a money figure with its
// value in whole units of its currency and in US dollars.
type AmountRow struct {
	ID        int64      `json:"id" parquet:"id"`
	MentionID int64      `json:"mention_id" parquet:"mention_id"`
	ArticleID int64      `json:"article_id" parquet:"article_id"`
	EntityID  int64      `json:"entity_id" parquet:"entity_id"`
	Status    string     `json:"status" parquet:"status,dict"`
	Text      string     `json:"text" parquet:"text"`
	Value     *float64   `json:"value" parquet:"value,optional"`
	ValueMax  *float64   `json:"value_max" parquet:"value_max,optional"`
	Currency  string     `json:"currency" parquet:"currency,dict"`
	USD       *float64   `json:"usd" parquet:"usd,optional"`
	Sentence  string     `json:"sentence" parquet:"sentence"`
	URL       string     `json:"url" parquet:"url"`
	Published *time.Time `json:"published" parquet:"published,timestamp(millisecond),optional"`
	Source    string     `json:"source" parquet:"source,dict"`
}

// ArticleMentions is one article's text with its exported mentions (in id
// order) and, for its MONEY mentions, their amounts. The slices are reused
// for the next article: a callback copies what it keeps.
type ArticleMentions struct {
	ArticleID int64
	Text      string
	Published *time.Time
	Mentions  []MentionRow
	Amounts   []AmountRow
}

// parsePublished reads a stored published date: RFC 3339 with an offset,
// or a bare date (taken as midnight UTC). Unreadable or empty gives nil.
func parsePublished(s string) *time.Time {
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return &t
		}
	}
	return nil
}

func timePtr(s string) *time.Time {
	t := parseTime(s)
	if t.IsZero() {
		return nil
	}
	return &t
}

func floatPtr(v sql.NullFloat64) *float64 {
	if !v.Valid {
		return nil
	}
	return &v.Float64
}

// readSnapshot runs fn on one connection inside a read transaction, so every
// query of an export (and the change sequence it records) sees the same
// state while a run goes on writing.
func (s *Store) readSnapshot(ctx context.Context, fn func(*sql.Conn) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("storage: export: %w", err)
	}
	defer conn.Close()
	// A plain BEGIN is deferred: it takes no write lock, unlike BeginTx with
	// the pool's _txlock=immediate.
	if _, err := conn.ExecContext(ctx, `BEGIN`); err != nil {
		return fmt.Errorf("storage: export: begin: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `ROLLBACK`) //nolint:errcheck // read-only: nothing to keep
	return fn(conn)
}

// ChangeSeq is the database's change sequence now: an export that saw
// everything up to it may move a cursor there.
func (s *Store) ChangeSeq(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.QueryRowContext(ctx, `SELECT n FROM change_seq`).Scan(&n); err != nil {
		return 0, fmt.Errorf("storage: change sequence: %w", err)
	}
	return n, nil
}

// EachArticle streams the articles the filter selects, in id order. With a
// Label, only articles mentioning an entity of that label (and status) are
// kept; Mentions counts the article's mentions that pass the entity filter.
func (s *Store) EachArticle(ctx context.Context, f ExportFilter, fn func(*ArticleRow) error) error {
	var ew where
	ew.add(`m.article_id = a.id`)
	f.entityConds(&ew)
	var w where
	f.articleConds(&w)
	f.changeConds(&w, `a.changed`)
	q := `SELECT a.id, a.source, a.url, a.canonical_url, a.title, a.byline, a.published, a.lang, a.duplicate_of,
		a.extractor_version, a.extracted_at,
		(SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id` + ew.String() + `) AS n,
		a.text FROM articles a` + w.String()
	if f.Label != "" {
		q = `SELECT * FROM (` + q + `) WHERE n > 0`
	}
	q += ` ORDER BY 1`
	var r ArticleRow
	return s.eachRow(ctx, "articles", q, append(ew.args, w.args...), func(rows *sql.Rows) error {
		var published, extracted string
		var dup sql.NullInt64
		if err := rows.Scan(&r.ID, &r.Source, &r.URL, &r.CanonicalURL, &r.Title, &r.Byline, &published, &r.Lang,
			&dup, &r.ExtractorVersion, &extracted, &r.Mentions, &r.Text); err != nil {
			return err
		}
		r.Published, r.ExtractedAt, r.DuplicateOf = parsePublished(published), timePtr(extracted), nil
		if dup.Valid {
			r.DuplicateOf = &dup.Int64
		}
		return fn(&r)
	})
}

// eachRow runs a query in a read snapshot and hands each row to row; an
// error from row stops the walk and is returned, named after what.
func (s *Store) eachRow(ctx context.Context, what, q string, args []any, row func(*sql.Rows) error) error {
	return s.readSnapshot(ctx, func(conn *sql.Conn) error {
		rows, err := conn.QueryContext(ctx, q, args...)
		if err != nil {
			return fmt.Errorf("storage: export %s: %w", what, err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := row(rows); err != nil {
				return fmt.Errorf("storage: export %s: %w", what, err)
			}
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("storage: export %s: %w", what, err)
		}
		return nil
	})
}

// EachEntity streams the entities the filter selects, in id order, with
// their mention and article counts and first and last published dates over
// the articles the filter selects. Entities with no such mention are left
// out. With a change bound, an entity is new when a decision about it or an
// article mentioning it changed in the bound. Mentions are read in entity
// order off their index, so grouping needs no sort of all of them.
func (s *Store) EachEntity(ctx context.Context, f ExportFilter, fn func(*EntityRow) error) error {
	var w where
	f.articleConds(&w)
	f.entityConds(&w)
	var h where
	if c := f.Changed; c != nil {
		h.add(`((e.changed > ? AND e.changed <= ?) OR max(a.changed > ? AND a.changed <= ?))`, c.After, c.Upto, c.After, c.Upto)
	}
	having := strings.Replace(h.String(), " WHERE ", " HAVING ", 1)
	q := `SELECT e.id, e.label, e.canonical, e.status, count(*), count(DISTINCT m.article_id),
		COALESCE(min(NULLIF(a.published, '')), ''), COALESCE(max(NULLIF(a.published, '')), '')
		FROM mentions m INDEXED BY mentions_entity JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id` +
		w.String() + ` GROUP BY m.entity_id` + having + ` ORDER BY m.entity_id`
	var r EntityRow
	return s.eachRow(ctx, "entities", q, append(w.args, h.args...), func(rows *sql.Rows) error {
		var first, last string
		if err := rows.Scan(&r.ID, &r.Label, &r.Canonical, &r.Status, &r.Mentions, &r.Articles, &first, &last); err != nil {
			return err
		}
		r.FirstSeen, r.LastSeen = parsePublished(first), parsePublished(last)
		return fn(&r)
	})
}

// EachArticleMentions streams, article by article in id order, the mentions
// the filter selects with their article's text. With onlyAmounts, only
// mentions that carry an amount are kept (the Label filter is ignored).
// A mention is changed (cursors) when its article or its entity is.
// Memory holds one article at a time.
func (s *Store) EachArticleMentions(ctx context.Context, f ExportFilter, onlyAmounts bool, fn func(*ArticleMentions) error) error {
	if onlyAmounts {
		f.Label = ""
	}
	var w where
	f.articleConds(&w)
	f.entityConds(&w)
	f.changeConds(&w, `max(a.changed, e.changed)`)
	if onlyAmounts {
		w.add(`am.id IS NOT NULL`)
	}
	// Ordered by the mentions_article index (article_id, rowid): no sort,
	// so the first row comes at once and memory stays flat.
	q := `SELECT m.id, m.article_id, m.entity_id, e.label, e.canonical, e.status, m.text, m.start, m."end",
		a.url, a.published, a.source, m.extractor_version,
		am.id, am.value, am.value_max, COALESCE(am.currency, ''), am.usd, COALESCE(am.text, '')
		FROM articles a JOIN mentions m ON m.article_id = a.id JOIN entities e ON e.id = m.entity_id
		LEFT JOIN amounts am ON am.mention_id = m.id` + w.String() + ` ORDER BY m.article_id, m.id`
	return s.readSnapshot(ctx, func(conn *sql.Conn) error {
		text, err := conn.PrepareContext(ctx, `SELECT text FROM articles WHERE id = ?`)
		if err != nil {
			return fmt.Errorf("storage: export mentions: %w", err)
		}
		defer text.Close()
		rows, err := conn.QueryContext(ctx, q, w.args...)
		if err != nil {
			return fmt.Errorf("storage: export mentions: %w", err)
		}
		defer rows.Close()
		var cur ArticleMentions
		flush := func() error {
			if cur.ArticleID == 0 {
				return nil
			}
			if err := text.QueryRowContext(ctx, cur.ArticleID).Scan(&cur.Text); err != nil {
				return fmt.Errorf("storage: export mentions: text of article %d: %w", cur.ArticleID, err)
			}
			return fn(&cur)
		}
		for rows.Next() {
			var m MentionRow
			var published string
			var amountID sql.NullInt64
			var value, valueMax, usd sql.NullFloat64
			var currency, amountText string
			if err := rows.Scan(&m.ID, &m.ArticleID, &m.EntityID, &m.Label, &m.Canonical, &m.Status, &m.Text, &m.Start, &m.End,
				&m.URL, &published, &m.Source, &m.ExtractorVersion,
				&amountID, &value, &valueMax, &currency, &usd, &amountText); err != nil {
				return fmt.Errorf("storage: export mentions: %w", err)
			}
			if m.ArticleID != cur.ArticleID {
				if err := flush(); err != nil {
					return err
				}
				cur = ArticleMentions{ArticleID: m.ArticleID, Published: parsePublished(published),
					Mentions: cur.Mentions[:0], Amounts: cur.Amounts[:0]}
			}
			m.Published = cur.Published
			cur.Mentions = append(cur.Mentions, m)
			if amountID.Valid {
				cur.Amounts = append(cur.Amounts, AmountRow{ID: amountID.Int64, MentionID: m.ID, ArticleID: m.ArticleID,
					EntityID: m.EntityID, Status: m.Status, Text: amountText, Value: floatPtr(value), ValueMax: floatPtr(valueMax),
					Currency: currency, USD: floatPtr(usd), URL: m.URL, Published: m.Published, Source: m.Source})
			}
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("storage: export mentions: %w", err)
		}
		return flush()
	})
}
