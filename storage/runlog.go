package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"
)

// RunReport is one past run with its counts, for `trawl runs`.
type RunReport struct {
	ID          int64     `json:"id"`
	StartedAt   time.Time `json:"started_at"`
	FinishedAt  time.Time `json:"finished_at"` // zero while running
	Status      string    `json:"status"`
	Sources     []string  `json:"sources"`
	Fetched     int64     `json:"fetched"`
	NotModified int64     `json:"not_modified"`
	NewArticles int64     `json:"new_articles"`
	Updated     int64     `json:"updated_articles"`
	Duplicates  int64     `json:"duplicates"`
	Errors      int64     `json:"errors"`           // pages that failed (run_errors)
	Failed      string    `json:"failed,omitempty"` // sources that failed as a whole, and why
}

// Duration is how long the run took, or has been running.
func (r RunReport) Duration() time.Duration {
	end := r.FinishedAt
	if end.IsZero() {
		end = time.Now()
	}
	return end.Sub(r.StartedAt)
}

// sumOf totals one per-source count of a run's summary.
func sumOf(field string) string {
	return `(SELECT COALESCE(sum(json_extract(value, '$.` + field + `')), 0) FROM json_each(r.summary, '$.sources'))`
}

// RunReports returns the last n runs, newest first, with the counts their
// summaries recorded and the pages that failed in them.
func (s *Store) RunReports(ctx context.Context, n int) ([]RunReport, error) {
	return runReports(ctx, s.db, n)
}

// Runs is RunReports for the review pages' read-only pool.
func (r *Reader) Runs(ctx context.Context, n int) ([]RunReport, error) {
	return runReports(ctx, r.db, n)
}

func runReports(ctx context.Context, db *sql.DB, n int) ([]RunReport, error) {
	rows, err := db.QueryContext(ctx, `SELECT r.id, r.started_at, COALESCE(r.finished_at, ''), r.status, r.sources,
		`+sumOf("fetched")+`, `+sumOf("not_modified")+`, `+sumOf("new_articles")+`, `+sumOf("updated_articles")+`, `+sumOf("duplicates")+`,
		(SELECT count(*) FROM run_errors e WHERE e.run_id = r.id),
		(SELECT COALESCE(group_concat(json_extract(value, '$.name') || ': ' || json_extract(value, '$.failed'), '; '), '')
		   FROM json_each(r.summary, '$.sources') WHERE json_extract(value, '$.failed') IS NOT NULL)
		FROM runs r ORDER BY r.id DESC LIMIT ?`, n)
	if err != nil {
		return nil, fmt.Errorf("storage: runs: %w", err)
	}
	defer rows.Close()
	var out []RunReport
	for rows.Next() {
		var r RunReport
		var started, finished, sources string
		if err := rows.Scan(&r.ID, &started, &finished, &r.Status, &sources, &r.Fetched, &r.NotModified, &r.NewArticles,
			&r.Updated, &r.Duplicates, &r.Errors, &r.Failed); err != nil {
			return nil, fmt.Errorf("storage: runs: %w", err)
		}
		r.StartedAt, r.FinishedAt = parseTime(started), parseTime(finished)
		if err := json.Unmarshal([]byte(sources), &r.Sources); err != nil {
			return nil, fmt.Errorf("storage: run %d: sources: %w", r.ID, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: runs: %w", err)
	}
	return out, nil
}

// Gauges are the figures /metrics exposes, read from the tables at scrape
// time so they count runs of every process (cron, systemd, serve).
type Gauges struct {
	PagesFetched  int64            // over all finished runs
	Pages         int64            // archived pages
	Articles      int64            // stored articles
	Entities      int64            // entities
	Mentions      int64            // mentions
	ErrorsByKind  map[string]int64 // failed pages over all runs, by kind
	Runs          map[string]int64 // runs by status
	LastRun       *RunReport       // nil before the first run
	LastSuccessAt time.Time        // finish of the last run with status ok; zero if none
}

// ErrorKind classifies a run_errors row by its HTTP status, as /metrics
// labels it.
const errorKindSQL = `CASE WHEN status = 0 THEN 'no_response' WHEN status = 429 THEN 'http_429'
	WHEN status >= 500 THEN 'http_5xx' WHEN status >= 400 THEN 'http_4xx' ELSE 'other' END`

// ReadGauges reads the monitoring figures.
func (s *Store) ReadGauges(ctx context.Context) (Gauges, error) {
	g := Gauges{ErrorsByKind: map[string]int64{}, Runs: map[string]int64{}}
	var lastOK string
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COALESCE(sum(json_extract(value, '$.fetched')), 0) FROM runs r, json_each(r.summary, '$.sources')),
		(SELECT count(*) FROM pages), (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),
		(SELECT count(*) FROM mentions), (SELECT COALESCE(max(finished_at), '') FROM runs WHERE status = 'ok')`).
		Scan(&g.PagesFetched, &g.Pages, &g.Articles, &g.Entities, &g.Mentions, &lastOK)
	if err != nil {
		return g, fmt.Errorf("storage: gauges: %w", err)
	}
	g.LastSuccessAt = parseTime(lastOK)
	for _, q := range []struct {
		into  map[string]int64
		query string
	}{
		{g.ErrorsByKind, `SELECT ` + errorKindSQL + `, count(*) FROM run_errors GROUP BY 1`},
		{g.Runs, `SELECT status, count(*) FROM runs GROUP BY status`},
	} {
		tallies, err := s.tally(ctx, q.query)
		if err != nil {
			return g, err
		}
		for _, t := range tallies {
			q.into[t.Name] = int64(t.Count)
		}
	}
	last, err := s.RunReports(ctx, 1)
	if err != nil {
		return g, err
	}
	if len(last) == 1 {
		g.LastRun = &last[0]
	}
	return g, nil
}
