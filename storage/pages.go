package storage

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// MaxBodySize bounds an archived body, compressed or not: a page larger than
// this is refused, and a stored body that inflates past it is an error.
const MaxBodySize = 32 << 20

// PageRecord is one fetch result to archive.
type PageRecord struct {
	RunID        int64 // 0 when the page was not fetched by a run
	Source       string
	URL          string // as requested
	FinalURL     string // after redirects
	Key          string // identity key; a page with a known key updates it
	Status       int
	ContentType  string
	ETag         string
	LastModified string
	FetchedAt    time.Time
	Body         []byte // raw UTF-8; stored gzip-compressed with its SHA-256
	Article      bool   // the page is an article: reprocess extracts it
	// NotModified marks a 304 answer (so does Status 304): only the fetch
	// time and any validators given are written; the archived body stays.
	NotModified bool
}

// ArchivedPage is an archived article page as EachPage reads it.
type ArchivedPage struct {
	ID          int64
	Source      string
	URL         string
	FinalURL    string
	Key         string
	Status      int
	ContentType string
	FetchedAt   time.Time
	Body        []byte // decompressed
}

func compressBody(body []byte) (gz []byte, sum string, err error) {
	if len(body) > MaxBodySize {
		return nil, "", fmt.Errorf("body of %d bytes exceeds the %d-byte limit", len(body), MaxBodySize)
	}
	h := sha256.Sum256(body)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(body); err != nil {
		return nil, "", fmt.Errorf("compress body: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, "", fmt.Errorf("compress body: %w", err)
	}
	return buf.Bytes(), hex.EncodeToString(h[:]), nil
}

// decompressBody inflates an archived body, refusing one that inflates past
// limit bytes (MaxBodySize at most).
func decompressBody(gz []byte, limit int) ([]byte, error) {
	limit = min(limit, MaxBodySize)
	if len(gz) == 0 {
		return nil, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("decompress body: %w", err)
	}
	defer zr.Close()
	body, err := io.ReadAll(io.LimitReader(zr, int64(limit)+1))
	if err != nil {
		return nil, fmt.Errorf("decompress body: %w", err)
	}
	if len(body) > limit {
		return nil, fmt.Errorf("decompress body: inflates past the %d-byte limit", limit)
	}
	return body, nil
}

// hostOf is the lower-case host (no port) that SiteSiblings looks pages up by.
func hostOf(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// savePage writes one page record; body and sum are its compressed body and
// SHA-256, computed by the caller outside the transaction.
func savePage(t *txn, p PageRecord, body []byte, sum string) (SaveResult, error) {
	if p.Key == "" {
		return SaveResult{}, fmt.Errorf("storage: page %s: empty identity key", p.URL)
	}
	if err := clearPageFailure(t, p); err != nil {
		return SaveResult{}, err
	}
	finalURL := p.FinalURL
	if finalURL == "" {
		finalURL = p.URL
	}
	fetched := p.FetchedAt
	if fetched.IsZero() {
		fetched = time.Now()
	}
	var id int64
	var oldSum string
	var oldStatus int
	err := t.scan(`SELECT id, sha256, status FROM pages WHERE key = ?`, []any{p.Key}, &id, &oldSum, &oldStatus)
	exists := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return SaveResult{}, fmt.Errorf("storage: page %s: %w", p.URL, err)
	}
	if _, err := t.exec(`INSERT OR IGNORE INTO sources(name) VALUES (?)`, p.Source); err != nil {
		return SaveResult{}, fmt.Errorf("storage: page %s: source %q: %w", p.URL, p.Source, err)
	}
	runID := sql.NullInt64{Int64: p.RunID, Valid: p.RunID != 0}

	switch {
	case p.NotModified || p.Status == http.StatusNotModified:
		if !exists {
			return SaveResult{}, fmt.Errorf("storage: page %s: 304 Not Modified for key %q, which is not archived", p.URL, p.Key)
		}
		_, err = t.exec(`UPDATE pages SET fetched_at = ?, run_id = ?,
			etag = COALESCE(NULLIF(?, ''), etag), last_modified = COALESCE(NULLIF(?, ''), last_modified)
			WHERE id = ?`, formatTime(fetched), runID, p.ETag, p.LastModified, id)
		return SaveResult{ID: id, Outcome: OutcomeUnchanged}, wrapPageErr(p, err)
	case exists && oldStatus == http.StatusOK && p.Status >= http.StatusBadRequest:
		// An error answer (often passing: 429, 503) must not replace a good
		// archived copy; the run records the failure in run_errors.
		return SaveResult{ID: id, Outcome: OutcomeUnchanged}, nil
	case !exists:
		res, err := t.exec(`INSERT INTO pages(run_id, source, url, final_url, host, key, status, content_type,
			etag, last_modified, fetched_at, article, body, body_size, sha256)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			runID, p.Source, p.URL, finalURL, hostOf(finalURL), p.Key, p.Status, p.ContentType,
			p.ETag, p.LastModified, formatTime(fetched), p.Article, body, len(p.Body), sum)
		if err != nil {
			return SaveResult{}, wrapPageErr(p, err)
		}
		if id, err = res.LastInsertId(); err == nil {
			// An article extracted before its page was archived links up now.
			_, err = t.exec(`UPDATE articles SET page_id = ? WHERE key = ? AND page_id IS NULL`, id, p.Key)
		}
		return SaveResult{ID: id, Outcome: OutcomeNew}, wrapPageErr(p, err)
	}

	_, err = t.exec(`UPDATE pages SET run_id = ?, source = ?, url = ?, final_url = ?, host = ?, status = ?,
		content_type = ?, etag = ?, last_modified = ?, fetched_at = ?, article = ? WHERE id = ?`,
		runID, p.Source, p.URL, finalURL, hostOf(finalURL), p.Status,
		p.ContentType, p.ETag, p.LastModified, formatTime(fetched), p.Article, id)
	if err != nil {
		return SaveResult{}, wrapPageErr(p, err)
	}
	if sum == oldSum {
		return SaveResult{ID: id, Outcome: OutcomeUnchanged}, nil
	}
	_, err = t.exec(`UPDATE pages SET body = ?, body_size = ?, sha256 = ? WHERE id = ?`, body, len(p.Body), sum, id)
	return SaveResult{ID: id, Outcome: OutcomeUpdated}, wrapPageErr(p, err)
}

func wrapPageErr(p PageRecord, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("storage: page %s: %w", p.URL, err)
}

// Validators returns the ETag and Last-Modified archived for an identity key
// with a good (200) copy, empty when there is none. An article page whose
// article was never stored (a run killed between the two) gets none either:
// a 304 would hide it for good. It implements crawlers.Archive, whose
// signature carries no error: a failed lookup only costs an unconditional GET.
func (s *Store) Validators(key string) (etag, lastModified string) {
	err := s.db.QueryRow(`SELECT etag, last_modified FROM pages p WHERE key = ? AND status = 200
		AND (article = 0 OR EXISTS (SELECT 1 FROM articles a WHERE a.key = p.key))`, key).
		Scan(&etag, &lastModified)
	if err != nil {
		return "", ""
	}
	return etag, lastModified
}

// Body returns the archived body of the page with an identity key and a good
// (200) copy, nil when there is none or when it inflates past limit bytes
// (the source's max_body_size). It implements crawlers.Archive: a failed
// lookup only costs the links a 304 page would have given.
func (s *Store) Body(key string, limit int) []byte {
	var gz []byte
	if err := s.db.QueryRow(`SELECT body FROM pages WHERE key = ? AND status = 200`, key).Scan(&gz); err != nil {
		return nil
	}
	body, err := decompressBody(gz, limit)
	if err != nil {
		return nil
	}
	return body
}

// eachPageChunk is how many pages EachPage holds in memory at once.
const eachPageChunk = 16

// EachPage calls fn for every archived article page with status 200, in id
// order. It reads the archive in small chunks and holds no read transaction
// while fn runs, so memory stays bounded and writers are not held up.
// An error from fn stops the walk and is returned.
func (s *Store) EachPage(ctx context.Context, fn func(ArchivedPage) error) error {
	var after int64
	for {
		chunk, err := s.pagesAfter(ctx, after)
		if err != nil {
			return err
		}
		if len(chunk) == 0 {
			return nil
		}
		for _, p := range chunk {
			if err := fn(p); err != nil {
				return err
			}
		}
		after = chunk[len(chunk)-1].ID
	}
}

func (s *Store) pagesAfter(ctx context.Context, after int64) ([]ArchivedPage, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, source, url, final_url, key, status, content_type, fetched_at, body
		FROM pages WHERE status = 200 AND article = 1 AND body IS NOT NULL AND id > ? ORDER BY id LIMIT ?`, after, eachPageChunk)
	if err != nil {
		return nil, fmt.Errorf("storage: archived pages after id %d: %w", after, err)
	}
	defer rows.Close()
	var out []ArchivedPage
	for rows.Next() {
		var p ArchivedPage
		var fetched string
		var gz []byte
		if err := rows.Scan(&p.ID, &p.Source, &p.URL, &p.FinalURL, &p.Key, &p.Status, &p.ContentType, &fetched, &gz); err != nil {
			return nil, fmt.Errorf("storage: archived pages after id %d: %w", after, err)
		}
		p.FetchedAt = parseTime(fetched)
		if p.Body, err = decompressBody(gz, MaxBodySize); err != nil {
			return nil, fmt.Errorf("storage: page %d (%s): %w", p.ID, p.URL, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: archived pages after id %d: %w", after, err)
	}
	return out, nil
}

// SiteSiblings returns up to limit archived article bodies of host other
// than the page exceptKey (a page is no sibling of itself: its paragraphs
// would look like the site's boilerplate), the earliest archived first, so
// the same pages come back each time and a reprocess sees what the first
// extraction saw.
func (s *Store) SiteSiblings(ctx context.Context, host, exceptKey string, limit int) ([][]byte, error) {
	if limit <= 0 {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, body FROM pages
		WHERE host = ? AND status = 200 AND article = 1 AND body IS NOT NULL AND key != ? ORDER BY id LIMIT ?`,
		strings.ToLower(host), exceptKey, limit)
	if err != nil {
		return nil, fmt.Errorf("storage: siblings of %s: %w", host, err)
	}
	defer rows.Close()
	var out [][]byte
	for rows.Next() {
		var id int64
		var gz []byte
		if err := rows.Scan(&id, &gz); err != nil {
			return nil, fmt.Errorf("storage: siblings of %s: %w", host, err)
		}
		body, err := decompressBody(gz, MaxBodySize)
		if err != nil {
			return nil, fmt.Errorf("storage: siblings of %s: page %d: %w", host, id, err)
		}
		out = append(out, body)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: siblings of %s: %w", host, err)
	}
	return out, nil
}
