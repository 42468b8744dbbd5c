package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/trawl/trawl/extract"
)

// Reader runs the review pages' queries on a read-only connection pool, so
// a page can never take the write lock from a run.
type Reader struct {
	db   *sql.DB
	path string

	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// OpenReader opens the database at path for reading only. The schema must
// be current (Open it once first).
func OpenReader(ctx context.Context, path string) (*Reader, error) {
	if path == "" || strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("storage: open %q: path must be non-empty and hold no '?'", path)
	}
	db, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(10000)&_pragma=query_only(1)&_pragma=temp_store(MEMORY)")
	if err != nil {
		return nil, fmt.Errorf("storage: open %s for reading: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("storage: open %s for reading: %w", path, err)
	}
	return &Reader{db: db, path: path, stmts: map[string]*sql.Stmt{}}, nil
}

// Close closes the reader.
func (r *Reader) Close() error { return r.db.Close() }

// QueryContext runs a query through a statement prepared once: a queue
// page runs the same few queries a hundred times, and parsing SQL would be
// a third of its time.
func (r *Reader) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	r.mu.Lock()
	st, ok := r.stmts[q]
	r.mu.Unlock()
	if !ok {
		var err error
		if st, err = r.db.PrepareContext(ctx, q); err != nil {
			return nil, err
		}
		r.mu.Lock()
		if prev, ok := r.stmts[q]; ok {
			st.Close()
			st = prev
		} else {
			r.stmts[q] = st
		}
		r.mu.Unlock()
	}
	return st.QueryContext(ctx, args...)
}

type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// queryAll runs q and reads every row with scan.
func queryAll[T any](ctx context.Context, db queryer, q string, args []any, scan func(*sql.Rows, *T) error) ([]T, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := scan(rows, &v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func scanEntity(rows *sql.Rows, e *EntitySummary) error {
	return rows.Scan(&e.ID, &e.Label, &e.Canonical, &e.Status, &e.Mentions, &e.Articles)
}

func scanString(rows *sql.Rows, s *string) error { return rows.Scan(s) }

// EntitySummary is an entity with its kept counts.
type EntitySummary struct {
	ID        int64
	Label     string
	Canonical string
	Status    string
	Mentions  int
	Articles  int
}

// Excerpt is a mention in its sentence: Before, Match and After are plain
// text to escape.
type Excerpt struct {
	MentionID    int64
	ArticleID    int64
	ArticleTitle string
	Published    string
	Label        string
	Before       string
	Match        string
	After        string
}

// QueueItem is one entity of the review queue.
type QueueItem struct {
	EntitySummary
	Aliases  []string
	Examples []Excerpt
}

// QueueFilter narrows the queue. Empty fields do not filter.
type QueueFilter struct {
	Status string // default pending
	Label  string
	Source string // entities mentioned in articles of this source
	Since  string // entities mentioned in articles published on or after this date
	Offset int
	Limit  int // default 50
}

// Queue lists entities most mentioned first, each with up to five aliases
// and three example sentences.
func (r *Reader) Queue(ctx context.Context, f QueueFilter) ([]QueueItem, error) {
	if f.Status == "" {
		f.Status = StatusPending
	}
	if f.Limit <= 0 {
		f.Limit = 50
	}
	// Rejected entities stay listed (under status=rejected) after
	// re-extraction has taken their mentions; the others need mentions.
	q := `SELECT id, label, canonical, status, mentions, articles FROM entities WHERE status = ?`
	if f.Status != StatusRejected {
		q += ` AND mentions > 0`
	}
	args := []any{f.Status}
	if f.Label != "" {
		q += ` AND label = ?`
		args = append(args, f.Label)
	}
	q += ` ORDER BY mention_scale DESC, mentions DESC, id`
	if f.Source != "" || f.Since != "" {
		// The sorted entities come out of a subquery one by one (its
		// LIMIT -1 keeps SQLite from flattening it), so the article test
		// runs only until a page is full, not for every entity.
		q = `SELECT * FROM (` + q + ` LIMIT -1) e WHERE EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = e.id`
		if f.Source != "" {
			q += ` AND a.source = ?`
			args = append(args, f.Source)
		}
		if f.Since != "" {
			q += ` AND a.published >= ?`
			args = append(args, f.Since)
		}
		q += `)`
	}
	q += ` LIMIT ? OFFSET ?`
	args = append(args, f.Limit, f.Offset)
	ents, err := r.entities(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: queue: %w", err)
	}
	out := make([]QueueItem, len(ents))
	for i, e := range ents {
		out[i].EntitySummary = e
		if out[i].Aliases, err = r.Aliases(ctx, e.ID, 5); err != nil {
			return nil, err
		}
		if out[i].Examples, err = r.Mentions(ctx, e.ID, 0, 3); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (r *Reader) entities(ctx context.Context, q string, args ...any) ([]EntitySummary, error) {
	return queryAll(ctx, r, q, args, scanEntity)
}

// Entity returns one entity; ErrNotFound when there is none (merged away).
func (r *Reader) Entity(ctx context.Context, id int64) (EntitySummary, error) {
	es, err := r.entities(ctx, `SELECT id, label, canonical, status, mentions, articles FROM entities WHERE id = ?`, id)
	if err != nil {
		return EntitySummary{}, fmt.Errorf("storage: entity %d: %w", id, err)
	}
	if len(es) == 0 {
		return EntitySummary{}, fmt.Errorf("storage: entity %d: %w", id, ErrNotFound)
	}
	return es[0], nil
}

// Aliases returns up to limit aliases of an entity.
func (r *Reader) Aliases(ctx context.Context, id int64, limit int) ([]string, error) {
	out, err := queryAll(ctx, r, `SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias LIMIT ?`, []any{id, limit}, scanString)
	if err != nil {
		return nil, fmt.Errorf("storage: aliases of %d: %w", id, err)
	}
	return out, nil
}

// Mentions returns an entity's mentions in their sentences, newest article
// first, from offset on. (Within an article the last comes first: that is
// the index's order, so an entity with 100,000 mentions needs no sort.)
func (r *Reader) Mentions(ctx context.Context, id int64, offset, limit int) ([]Excerpt, error) {
	return r.excerpts(ctx, `SELECT m.id, m.article_id, a.title, a.published, m.label, m.start, m."end", a.text
		FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.entity_id = ? ORDER BY m.article_id DESC, m.id DESC LIMIT ? OFFSET ?`, id, limit, offset)
}

func (r *Reader) excerpts(ctx context.Context, q string, args ...any) ([]Excerpt, error) {
	out, err := queryAll(ctx, r, q, args, func(rows *sql.Rows, x *Excerpt) error {
		var start, end int
		var text string
		err := rows.Scan(&x.MentionID, &x.ArticleID, &x.ArticleTitle, &x.Published, &x.Label, &start, &end, &text)
		x.Before, x.Match, x.After = sentence(text, start, end)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("storage: mentions: %w", err)
	}
	return out, nil
}

// maxContext bounds the text shown either side of a mention.
const maxContext = 240

// sentence cuts the sentence around [start, end) out of text (sentences as
// extract.SentenceSpans finds them, so "U.S.-made" or "Gen. Rao" do not end
// one), at most maxContext bytes either side, on character boundaries.
func sentence(text string, start, end int) (before, match, after string) {
	if start < 0 || end > len(text) || start > end {
		return "", "", ""
	}
	from, to := max(0, start-maxContext), min(len(text), end+maxContext)
	for from < start && !utf8.RuneStart(text[from]) {
		from++
	}
	for to > end && to < len(text) && !utf8.RuneStart(text[to]) {
		to--
	}
	cutFrom, cutTo := from > 0, to < len(text)
	base := from
	for _, sp := range extract.SentenceSpans(text[base:to]) {
		if s := base + sp[0]; s <= start && s > base {
			from, cutFrom = s, false
		}
		if e := base + sp[1]; e >= end {
			if e < to {
				to, cutTo = e, false
			}
			break
		}
	}
	if cutFrom { // mid-sentence: start at a word
		if i := strings.IndexByte(text[from:start], ' '); i >= 0 {
			from += i + 1
		}
	}
	if cutTo { // mid-sentence: end at a word
		if i := strings.LastIndexByte(text[end:to], ' '); i >= 0 {
			to = end + i
		}
	}
	return strings.TrimLeft(text[from:start], " \n"), text[start:end], strings.TrimRight(text[end:to], " \n")
}

// Related is an entity seen with another, and in how many articles.
type Related struct {
	EntitySummary
	Together int
}

// coArticles bounds the articles co-occurrence and nearby amounts look at:
// an entity's newest, so the page stays fast for entities in 100,000
// articles.
const coArticles = 200

// CoMentioned returns the entities that appear most often in the same
// articles as entity id, among its newest 200 articles.
func (r *Reader) CoMentioned(ctx context.Context, id int64, limit int) ([]Related, error) {
	out, err := queryAll(ctx, r, `WITH arts AS (SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?1 ORDER BY article_id DESC LIMIT ?2)
		SELECT e.id, e.label, e.canonical, e.status, e.mentions, e.articles, count(DISTINCT m.article_id) AS n
		  FROM arts JOIN mentions m ON m.article_id = arts.article_id JOIN entities e ON e.id = m.entity_id
		 WHERE m.entity_id != ?1 AND e.label != 'MONEY' GROUP BY e.id ORDER BY n DESC, e.mentions DESC LIMIT ?3`, []any{id, coArticles, limit},
		func(rows *sql.Rows, x *Related) error {
			return rows.Scan(&x.ID, &x.Label, &x.Canonical, &x.Status, &x.Mentions, &x.Articles, &x.Together)
		})
	if err != nil {
		return nil, fmt.Errorf("storage: entities with %d: %w", id, err)
	}
	return out, nil
}

// WeekCount is the mentions of an entity in one week.
type WeekCount struct {
	Week     string // the Monday, YYYY-MM-DD; "" for undated articles
	Mentions int
}

// Weeks returns an entity's mentions per week, oldest first (entity_weeks).
func (r *Reader) Weeks(ctx context.Context, id int64) ([]WeekCount, error) {
	out, err := queryAll(ctx, r, `SELECT week, mentions FROM entity_weeks WHERE entity_id = ? AND mentions > 0 ORDER BY week`, []any{id},
		func(rows *sql.Rows, w *WeekCount) error { return rows.Scan(&w.Week, &w.Mentions) })
	if err != nil {
		return nil, fmt.Errorf("storage: weeks of %d: %w", id, err)
	}
	return out, nil
}

// Amount is a money figure with its article.
type Amount struct {
	MentionID    int64
	ArticleID    int64
	ArticleTitle string
	Published    string
	Text         string
	Value        sql.NullFloat64
	ValueMax     sql.NullFloat64
	Currency     string
	USD          sql.NullFloat64
	Sentence     Excerpt
	// the sentence's byte range in the article, for AmountsWith
	sentFrom, sentTo int
}

// AmountFilter narrows and orders the money page.
type AmountFilter struct {
	Currency string
	MinUSD   float64
	Since    string
	Sort     string // "usd" (default), "value", "date"
	Offset   int
	Limit    int
}

const amountCols = `SELECT am.mention_id, am.article_id, a.title, a.published, am.text, am.value, am.value_max, am.currency, am.usd, m.start, m."end", a.text
	FROM amounts am JOIN articles a ON a.id = am.article_id JOIN mentions m ON m.id = am.mention_id`

// amountsByDate walks articles newest first and finds their amounts (CROSS
// JOIN fixes that order), instead of sorting every amount by its article's
// date.
const amountsByDate = `SELECT am.mention_id, am.article_id, a.title, a.published, am.text, am.value, am.value_max, am.currency, am.usd, m.start, m."end", a.text
	FROM articles a CROSS JOIN amounts am ON am.article_id = a.id JOIN mentions m ON m.id = am.mention_id`

// Amounts lists money figures, largest in dollars first unless asked.
func (r *Reader) Amounts(ctx context.Context, f AmountFilter) ([]Amount, error) {
	if f.Limit <= 0 {
		f.Limit = 50
	}
	q := amountCols + ` WHERE 1`
	if f.Sort == "date" {
		q = amountsByDate + ` WHERE 1`
	}
	var args []any
	if f.Currency != "" {
		q += ` AND am.currency = ?`
		args = append(args, f.Currency)
	}
	if f.MinUSD > 0 {
		q += ` AND am.usd >= ?`
		args = append(args, f.MinUSD)
	}
	if f.Since != "" {
		q += ` AND a.published >= ?`
		args = append(args, f.Since)
	}
	switch f.Sort {
	case "value":
		q += ` ORDER BY am.value DESC`
	case "date":
		q += ` ORDER BY a.published DESC`
	default:
		q += ` ORDER BY am.usd DESC`
	}
	q += ` LIMIT ? OFFSET ?`
	return r.amounts(ctx, q, append(args, f.Limit, f.Offset)...)
}

// nearBytes bounds how far apart an amount and a mention may start for
// AmountsWith to look at their sentences: cheap to test in SQL, and longer
// than a sentence worth showing.
const nearBytes = 2 * maxContext

// AmountsWith returns the amounts in the same sentences as a mention of
// entity id, newest article first, among its newest 200 articles.
func (r *Reader) AmountsWith(ctx context.Context, id int64, limit int) ([]Amount, error) {
	// Each candidate carries the entity's mention starts in its article;
	// only near candidates reach Go (and their article's text).
	var starts []string
	i := 0
	all, err := queryAll(ctx, r, `SELECT am.mention_id, am.article_id, a.title, a.published, am.text, am.value, am.value_max, am.currency, am.usd, m.start, m."end", a.text,
			(SELECT group_concat(em.start) FROM mentions em WHERE em.entity_id = ?1 AND em.article_id = am.article_id)
		FROM (SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?1 ORDER BY article_id DESC LIMIT ?2) arts
		JOIN amounts am ON am.article_id = arts.article_id JOIN mentions m ON m.id = am.mention_id JOIN articles a ON a.id = am.article_id
		WHERE EXISTS (SELECT 1 FROM mentions em WHERE em.entity_id = ?1 AND em.article_id = am.article_id AND abs(em.start - m.start) < ?3)
		ORDER BY am.article_id DESC LIMIT ?4`, []any{id, coArticles, nearBytes, 4 * limit},
		func(rows *sql.Rows, a *Amount) error {
			var s string
			err := scanAmount(rows, a, &s)
			starts = append(starts, s)
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("storage: amounts with %d: %w", id, err)
	}
	var out []Amount
	for _, am := range all {
		// Same sentence: one of the entity's mentions starts inside the
		// amount's sentence.
		for _, f := range strings.Split(starts[i], ",") {
			if s, err := strconv.Atoi(f); err == nil && s >= am.sentFrom && s < am.sentTo {
				out = append(out, am)
				break
			}
		}
		if i++; len(out) == limit {
			break
		}
	}
	return out, nil
}

// scanAmount reads amountCols (and more columns into extra).
func scanAmount(rows *sql.Rows, a *Amount, extra ...any) error {
	var start, end int
	var text string
	err := rows.Scan(append([]any{&a.MentionID, &a.ArticleID, &a.ArticleTitle, &a.Published, &a.Text, &a.Value, &a.ValueMax, &a.Currency, &a.USD, &start, &end, &text}, extra...)...)
	a.Sentence.Before, a.Sentence.Match, a.Sentence.After = sentence(text, start, end)
	a.Sentence.MentionID, a.Sentence.ArticleID = a.MentionID, a.ArticleID
	a.sentFrom, a.sentTo = start-len(a.Sentence.Before), end+len(a.Sentence.After)
	return err
}

func (r *Reader) amounts(ctx context.Context, q string, args ...any) ([]Amount, error) {
	out, err := queryAll(ctx, r, q, args, func(rows *sql.Rows, a *Amount) error { return scanAmount(rows, a) })
	if err != nil {
		return nil, fmt.Errorf("storage: amounts: %w", err)
	}
	return out, nil
}

// ArticleView is an article with its mentions.
type ArticleView struct {
	ID           int64
	Source       string
	URL          string
	CanonicalURL string
	Title        string
	Byline       string
	Published    string
	Lang         string
	Text         string
	DuplicateOf  int64
	Extractor    string
	ExtractedAt  string
	Mentions     []ArticleMention
	Duplicates   []int64 // other articles with the same text
}

// ArticleMention is a mention within ArticleView.Text.
type ArticleMention struct {
	ID        int64
	EntityID  int64
	Start     int
	End       int
	Label     string
	Canonical string
	Status    string
}

// Article returns one article with its mentions in order.
func (r *Reader) Article(ctx context.Context, id int64) (ArticleView, error) {
	v := ArticleView{ID: id}
	var dup sql.NullInt64
	var hash string
	err := r.db.QueryRowContext(ctx, `SELECT source, url, canonical_url, title, byline, published, lang, text, duplicate_of, extractor_version, extracted_at, content_hash
		FROM articles WHERE id = ?`, id).Scan(&v.Source, &v.URL, &v.CanonicalURL, &v.Title, &v.Byline, &v.Published, &v.Lang, &v.Text, &dup, &v.Extractor, &v.ExtractedAt, &hash)
	if err == sql.ErrNoRows {
		return v, fmt.Errorf("storage: article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return v, fmt.Errorf("storage: article %d: %w", id, err)
	}
	v.DuplicateOf = dup.Int64
	v.Mentions, err = queryAll(ctx, r, `SELECT m.id, m.entity_id, m.start, m."end", m.label, e.canonical, e.status
		FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start`, []any{id},
		func(rows *sql.Rows, m *ArticleMention) error {
			return rows.Scan(&m.ID, &m.EntityID, &m.Start, &m.End, &m.Label, &m.Canonical, &m.Status)
		})
	if err != nil {
		return v, fmt.Errorf("storage: article %d: mentions: %w", id, err)
	}
	if hash != emptyHash {
		v.Duplicates, err = queryAll(ctx, r, `SELECT id FROM articles WHERE content_hash = ? AND id != ? LIMIT 20`, []any{hash, id},
			func(rows *sql.Rows, d *int64) error { return rows.Scan(d) })
		if err != nil {
			return v, fmt.Errorf("storage: article %d: duplicates: %w", id, err)
		}
	}
	return v, nil
}

// Hit is an article found by full-text search; Snippet marks matches with
// \x01 and \x02, which the page turns into highlights after escaping.
type Hit struct {
	ID        int64
	Title     string
	Published string
	Source    string
	Snippet   string
}

// rankWindow is how many of the newest matches a best-match search ranks:
// ranking every match of a common word in 100,000 articles takes half a
// second.
const rankWindow = 500

// SearchArticles runs an FTS5 query over titles and texts: newest first,
// or with best the newest 500 matches by relevance (bm25).
func (r *Reader) SearchArticles(ctx context.Context, query string, best bool, limit int) ([]Hit, error) {
	q := `SELECT a.id, a.title, a.published, a.source, snippet(articles_fts, 1, char(1), char(2), '…', 16)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ?1 ORDER BY articles_fts.rowid DESC LIMIT ?2`
	if best {
		q = `SELECT a.id, a.title, a.published, a.source, snippet(articles_fts, 1, char(1), char(2), '…', 16)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ?1 AND articles_fts.rowid >= coalesce((SELECT min(rowid) FROM
			(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?3)), 0)
		ORDER BY rank LIMIT ?2`
	}
	out, err := queryAll(ctx, r, q, []any{ftsQuery(query), limit, rankWindow}, func(rows *sql.Rows, h *Hit) error {
		return rows.Scan(&h.ID, &h.Title, &h.Published, &h.Source, &h.Snippet)
	})
	if err != nil {
		return nil, fmt.Errorf("storage: search %q: %w", query, err)
	}
	return out, nil
}

// ftsQuery turns what an analyst typed into an FTS5 query: every word must
// appear, the last as a prefix, and nothing typed is read as FTS5 syntax.
func ftsQuery(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	if len(words) > 0 {
		words[len(words)-1] += "*"
	}
	return strings.Join(words, " ")
}

// SearchEntities finds entities whose name or an alias starts with prefix,
// most mentioned first.
func (r *Reader) SearchEntities(ctx context.Context, prefix, label string, limit int) ([]EntitySummary, error) {
	prefix = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(strings.TrimSpace(prefix))
	if prefix == "" {
		return nil, nil
	}
	q := `SELECT id, label, canonical, status, mentions, articles FROM entities WHERE id IN (
		SELECT id FROM entities WHERE canonical LIKE ?1 ESCAPE '\'
		UNION SELECT entity_id FROM aliases WHERE alias LIKE ?1 ESCAPE '\')`
	args := []any{prefix + "%"}
	if label != "" {
		q += ` AND label = ?2`
		args = append(args, label)
	}
	q += ` ORDER BY mentions DESC LIMIT ` + fmt.Sprint(limit)
	out, err := r.entities(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: search entities %q: %w", prefix, err)
	}
	return out, nil
}

// RunErrors returns the pages that failed in a run.
func (r *Reader) RunErrors(ctx context.Context, runID int64, limit int) ([]RunError, error) {
	out, err := queryAll(ctx, r, `SELECT source, url, status, message, at FROM run_errors WHERE run_id = ? ORDER BY id LIMIT ?`, []any{runID, limit},
		func(rows *sql.Rows, e *RunError) error {
			var at string
			err := rows.Scan(&e.Source, &e.URL, &e.Status, &e.Message, &at)
			e.RunID, e.At = runID, parseTime(at)
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("storage: errors of run %d: %w", runID, err)
	}
	return out, nil
}

// Sources lists the source names, for the queue's filter.
func (r *Reader) Sources(ctx context.Context) ([]string, error) {
	out, err := queryAll(ctx, r, `SELECT name FROM sources ORDER BY name`, nil, scanString)
	if err != nil {
		return nil, fmt.Errorf("storage: sources: %w", err)
	}
	return out, nil
}
