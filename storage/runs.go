package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/trawl/trawl/configs"
)

// Run is one row of the runs table.
type Run struct {
	ID         int64           `json:"id"`
	StartedAt  time.Time       `json:"started_at"`
	FinishedAt time.Time       `json:"finished_at"` // zero while running
	Status     string          `json:"status"`      // "running" until FinishRun
	Sources    []string        `json:"sources"`
	Summary    json.RawMessage `json:"summary,omitempty"`
}

// RunError is one page that failed in a run.
type RunError struct {
	RunID   int64
	Source  string
	URL     string
	Status  int // HTTP status, 0 when no response arrived
	Message string
	At      time.Time
	Article bool // an article page, tried again on later runs
}

// RegisterSources records the configured sources and their kinds, so
// analysts can join pages and articles to them.
func (s *Store) RegisterSources(ctx context.Context, sources []configs.Source) error {
	for _, src := range sources {
		if _, err := s.db.ExecContext(ctx,
			`INSERT INTO sources(name, kind) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET kind = excluded.kind`,
			src.Name, src.Kind); err != nil {
			return fmt.Errorf("storage: register source %q: %w", src.Name, err)
		}
	}
	return nil
}

// StartRun records the start of a run over the named sources. Like the
// Writer's, its write is tried again while another process holds the lock.
func (s *Store) StartRun(ctx context.Context, sources []string) (int64, error) {
	names, err := json.Marshal(sources)
	if err != nil {
		return 0, fmt.Errorf("storage: start run: %w", err)
	}
	var id int64
	_, err = busyRetry(defaultBusyRetries, defaultBusyBackoff, func() error {
		id, err = s.startRun(ctx, sources, string(names))
		return err
	})
	return id, err
}

func (s *Store) startRun(ctx context.Context, sources []string, names string) (int64, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("storage: start run: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	for _, name := range sources {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO sources(name) VALUES (?)`, name); err != nil {
			return 0, fmt.Errorf("storage: start run: source %q: %w", name, err)
		}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO runs(started_at, sources) VALUES (?, ?)`,
		formatTime(time.Now()), names)
	if err != nil {
		return 0, fmt.Errorf("storage: start run: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("storage: start run: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("storage: start run: %w", err)
	}
	return id, nil
}

// RunInterrupted is the status of a run that died without finishing (killed,
// out of memory, disk full); its finish time is unknown and stays empty.
const RunInterrupted = "interrupted"

// CloseInterruptedRuns marks every run still `running` as interrupted and
// returns their ids. Only a caller holding the run lock may call it: then no
// other run is alive, and a `running` row is one whose process died.
func (s *Store) CloseInterruptedRuns(ctx context.Context) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, `UPDATE runs SET status = ? WHERE status = 'running' RETURNING id`, RunInterrupted)
	if err != nil {
		return nil, fmt.Errorf("storage: close interrupted runs: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("storage: close interrupted runs: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: close interrupted runs: %w", err)
	}
	slices.Sort(ids)
	return ids, nil
}

// FinishRun records how run runID ended and its summary, stored as JSON,
// tried again while another process holds the lock.
func (s *Store) FinishRun(ctx context.Context, runID int64, status string, summary any) error {
	sum, err := json.Marshal(summary)
	if err != nil {
		return fmt.Errorf("storage: finish run %d: summary: %w", runID, err)
	}
	var res sql.Result
	_, err = busyRetry(defaultBusyRetries, defaultBusyBackoff, func() error {
		res, err = s.db.ExecContext(ctx, `UPDATE runs SET finished_at = ?, status = ?, summary = ? WHERE id = ?`,
			formatTime(time.Now()), status, string(sum), runID)
		return err
	})
	if err != nil {
		return fmt.Errorf("storage: finish run %d: %w", runID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("storage: finish run %d: %w", runID, err)
	}
	if n == 0 {
		return fmt.Errorf("storage: finish run %d: %w", runID, ErrNotFound)
	}
	return nil
}

// recentRuns returns the last n runs, newest first.
func (s *Store) recentRuns(ctx context.Context, n int) ([]Run, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT id, started_at, COALESCE(finished_at, ''), status, sources, COALESCE(summary, '')
		 FROM runs ORDER BY id DESC LIMIT ?`, n)
	if err != nil {
		return nil, fmt.Errorf("storage: runs: %w", err)
	}
	defer rows.Close()
	var out []Run
	for rows.Next() {
		var r Run
		var started, finished, sources, summary string
		if err := rows.Scan(&r.ID, &started, &finished, &r.Status, &sources, &summary); err != nil {
			return nil, fmt.Errorf("storage: runs: %w", err)
		}
		r.StartedAt, r.FinishedAt = parseTime(started), parseTime(finished)
		if err := json.Unmarshal([]byte(sources), &r.Sources); err != nil {
			return nil, fmt.Errorf("storage: run %d: sources: %w", r.ID, err)
		}
		if summary != "" {
			r.Summary = json.RawMessage(summary)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: runs: %w", err)
	}
	return out, nil
}

func recordError(t *txn, e RunError) error {
	at := e.At
	if at.IsZero() {
		at = time.Now()
	}
	_, err := t.exec(`INSERT INTO run_errors(run_id, source, url, status, message, at) VALUES (?, ?, ?, ?, ?, ?)`,
		e.RunID, e.Source, e.URL, e.Status, e.Message, formatTime(at))
	if err != nil {
		return fmt.Errorf("storage: run %d: error for %s: %w", e.RunID, e.URL, err)
	}
	return notePageFailure(t, e, at)
}
