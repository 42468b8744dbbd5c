package storage

import (
	"context"
	"fmt"
	"time"
)

// Retry pauses between runs: a page that failed n times is tried again no
// sooner than firstRetryPause × 2^(n-1) after its last failure, capped at
// maxRetryPause, so a site that is down for a day is not hammered hourly.
const (
	firstRetryPause = time.Hour
	maxRetryPause   = 24 * time.Hour
)

func retryPause(tries int) time.Duration {
	d := firstRetryPause
	for i := 1; i < tries && d < maxRetryPause; i++ {
		d *= 2
	}
	return min(d, maxRetryPause)
}

// notePageFailure counts a failed article page towards its retries.
func notePageFailure(t *txn, e RunError, at time.Time) error {
	if !e.Article {
		return nil
	}
	var tries int
	err := t.scan(`INSERT INTO page_failures(source, url, first_failed_at, last_failed_at, tries, next_try_at, status, message)
		VALUES (?1, ?2, ?3, ?3, 1, ?3, ?4, ?5)
		ON CONFLICT(source, url) DO UPDATE SET last_failed_at = excluded.last_failed_at, tries = tries + 1,
			status = excluded.status, message = excluded.message
		RETURNING tries`, []any{e.Source, e.URL, formatTime(at), e.Status, e.Message}, &tries)
	if err == nil {
		_, err = t.exec(`UPDATE page_failures SET next_try_at = ? WHERE source = ? AND url = ?`,
			formatTime(at.Add(retryPause(tries))), e.Source, e.URL)
	}
	if err == nil && permanent(e.Status) {
		_, err = t.exec(`UPDATE page_failures SET given_up_at = ? WHERE source = ? AND url = ?`, formatTime(at), e.Source, e.URL)
	}
	if err != nil {
		return fmt.Errorf("storage: failure of %s: %w", e.URL, err)
	}
	return nil
}

// permanent says whether an HTTP status means the page will not come back
// by asking again (404 Not Found, 410 Gone, 403...): such a page is given up
// at once. Timeouts, 408, 429 and 5xx are worth another try.
func permanent(status int) bool {
	return status >= 400 && status < 500 && status != 408 && status != 429
}

// clearPageFailure forgets the failures of a page that was fetched.
func clearPageFailure(t *txn, p PageRecord) error {
	if p.Status != 200 && !p.NotModified {
		return nil
	}
	if _, err := t.exec(`DELETE FROM page_failures WHERE source = ? AND url = ?`, p.Source, p.URL); err != nil {
		return fmt.Errorf("storage: page %s: clear failures: %w", p.URL, err)
	}
	return nil
}

// DueRetries gives up the source's pages that have failed for longer than
// retryFor and returns the URLs of the others whose pause has passed.
func (s *Store) DueRetries(ctx context.Context, source string, retryFor time.Duration, now time.Time) ([]string, error) {
	_, err := s.db.ExecContext(ctx, `UPDATE page_failures SET given_up_at = ?
		WHERE source = ? AND given_up_at IS NULL AND first_failed_at < ?`,
		formatTime(now), source, formatTime(now.Add(-retryFor)))
	if err != nil {
		return nil, fmt.Errorf("storage: retries of %s: %w", source, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT url FROM page_failures
		WHERE source = ? AND given_up_at IS NULL AND next_try_at <= ? ORDER BY first_failed_at`, source, formatTime(now))
	if err != nil {
		return nil, fmt.Errorf("storage: retries of %s: %w", source, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var u string
		if err := rows.Scan(&u); err != nil {
			return nil, fmt.Errorf("storage: retries of %s: %w", source, err)
		}
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: retries of %s: %w", source, err)
	}
	return out, nil
}

// PageFailure is an article page that failed and is retried or given up.
type PageFailure struct {
	Source      string    `json:"source"`
	URL         string    `json:"url"`
	FirstFailed time.Time `json:"first_failed_at"`
	LastFailed  time.Time `json:"last_failed_at"`
	Tries       int       `json:"tries"`
	NextTry     time.Time `json:"next_try_at"`
	GivenUp     time.Time `json:"given_up_at"` // zero while still retried
	Status      int       `json:"status"`
	Message     string    `json:"message"`
}

// PageFailures lists the failing pages, given up ones first, then by source
// and URL.
func (s *Store) PageFailures(ctx context.Context) ([]PageFailure, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT source, url, first_failed_at, last_failed_at, tries, next_try_at,
		COALESCE(given_up_at, ''), status, message FROM page_failures
		ORDER BY given_up_at IS NULL, source, url`)
	if err != nil {
		return nil, fmt.Errorf("storage: page failures: %w", err)
	}
	defer rows.Close()
	var out []PageFailure
	for rows.Next() {
		var f PageFailure
		var first, last, next, gaveUp string
		if err := rows.Scan(&f.Source, &f.URL, &first, &last, &f.Tries, &next, &gaveUp, &f.Status, &f.Message); err != nil {
			return nil, fmt.Errorf("storage: page failures: %w", err)
		}
		f.FirstFailed, f.LastFailed, f.NextTry, f.GivenUp = parseTime(first), parseTime(last), parseTime(next), parseTime(gaveUp)
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: page failures: %w", err)
	}
	return out, nil
}
