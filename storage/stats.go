package storage

import (
	"context"
	"fmt"
)

// Tally is a count under a name: a source or a label.
type Tally struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// Stats is what `trawl stats` prints.
type Stats struct {
	Pages            int     `json:"pages"`
	Articles         int     `json:"articles"`
	Duplicates       int     `json:"duplicates"`
	ArticlesBySource []Tally `json:"articles_by_source"`
	EntitiesByLabel  []Tally `json:"entities_by_label"`
	MentionsByLabel  []Tally `json:"mentions_by_label"`
	Runs             []Run   `json:"runs"` // the last 10, newest first
}

// Stats counts what the database holds.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM articles),
		(SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL)`).Scan(&st.Pages, &st.Articles, &st.Duplicates)
	if err != nil {
		return st, fmt.Errorf("storage: stats: %w", err)
	}
	tallies := []struct {
		into  *[]Tally
		query string
	}{
		{&st.ArticlesBySource, `SELECT source, count(*) FROM articles GROUP BY source ORDER BY source`},
		{&st.EntitiesByLabel, `SELECT label, count(*) FROM entities GROUP BY label ORDER BY label`},
		{&st.MentionsByLabel, `SELECT label, count(*) FROM mentions GROUP BY label ORDER BY label`},
	}
	for _, t := range tallies {
		if *t.into, err = s.tally(ctx, t.query); err != nil {
			return st, err
		}
	}
	if st.Runs, err = s.recentRuns(ctx, 10); err != nil {
		return st, err
	}
	return st, nil
}

func (s *Store) tally(ctx context.Context, query string) ([]Tally, error) {
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("storage: stats: %w", err)
	}
	defer rows.Close()
	var out []Tally
	for rows.Next() {
		var t Tally
		if err := rows.Scan(&t.Name, &t.Count); err != nil {
			return nil, fmt.Errorf("storage: stats: %w", err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: stats: %w", err)
	}
	return out, nil
}
