package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Cursor returns where the export cursor name stands for an export of what:
// the change sequence it last moved to, or -1 when it has never moved (so
// everything is new to it).
func (s *Store) Cursor(ctx context.Context, name, what string) (int64, error) {
	var seq int64
	err := s.db.QueryRowContext(ctx, `SELECT seq FROM export_cursors WHERE name = ? AND what = ?`, name, what).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		return -1, nil
	}
	if err != nil {
		return 0, fmt.Errorf("storage: cursor %q (%s): %w", name, what, err)
	}
	return seq, nil
}

// MoveCursor records that the export cursor name has exported what up to
// change sequence seq.
func (s *Store) MoveCursor(ctx context.Context, name, what string, seq int64) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO export_cursors(name, what, seq, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT(name, what) DO UPDATE SET seq = excluded.seq, updated_at = excluded.updated_at`,
		name, what, seq, formatTime(time.Now()))
	if err != nil {
		return fmt.Errorf("storage: move cursor %q (%s) to %d: %w", name, what, seq, err)
	}
	return nil
}
