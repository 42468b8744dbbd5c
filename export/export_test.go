package export

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/trawl/trawl/storage"
)

// readBack decodes an export with the library a downstream tool would use.
func readBack[T any](t *testing.T, format string, data []byte) []T {
	t.Helper()
	var out []T
	switch format {
	case CSV:
		records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(records[0], Columns[T]()) {
			t.Fatalf("csv header %q, want %q", records[0], Columns[T]())
		}
		for _, rec := range records[1:] {
			out = append(out, fromCells[T](t, rec))
		}
	case JSONL:
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var row T
			if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
				t.Fatalf("line %q: %v", sc.Text(), err)
			}
			out = append(out, row)
		}
	case Parquet:
		rows, err := parquet.Read[T](bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		out = rows
	}
	return out
}

// fromCells parses a CSV record into a row, by the row's field types.
func fromCells[T any](t *testing.T, rec []string) T {
	t.Helper()
	var row T
	v := reflect.ValueOf(&row).Elem()
	for i, s := range rec {
		f := v.Field(i)
		if f.Kind() == reflect.Pointer {
			if s == "" {
				continue
			}
			f.Set(reflect.New(f.Type().Elem()))
			f = f.Elem()
		}
		var err error
		switch f.Interface().(type) {
		case string:
			f.SetString(s)
		case int64:
			var n int64
			n, err = strconv.ParseInt(s, 10, 64)
			f.SetInt(n)
		case float64:
			var x float64
			x, err = strconv.ParseFloat(s, 64)
			f.SetFloat(x)
		case time.Time:
			var tm time.Time
			tm, err = time.Parse(time.RFC3339, s)
			f.Set(reflect.ValueOf(tm))
		}
		if err != nil {
			t.Fatalf("column %d %q: %v", i, s, err)
		}
	}
	return row
}

// canon renders a row for comparison: times as UTC instants, absent as
// <nil>, so a Parquet timestamp (UTC) and a JSON one (with offset) agree.
func canon(row any) string {
	v := reflect.ValueOf(row)
	var b strings.Builder
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() == reflect.Pointer {
			if f.IsNil() {
				b.WriteString("<nil>|")
				continue
			}
			f = f.Elem()
		}
		if tm, ok := f.Interface().(time.Time); ok {
			fmt.Fprintf(&b, "%s|", tm.UTC().Format(time.RFC3339))
			continue
		}
		fmt.Fprintf(&b, "%v|", f.Interface())
	}
	return b.String()
}

func canonAll[T any](rows []T) []string {
	var out []string
	for _, r := range rows {
		out = append(out, canon(r))
	}
	return out
}

func published(s string) *time.Time {
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return &t
		}
	}
	return nil
}

func export(t *testing.T, st *storage.Store, what, format string, f storage.ExportFilter) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := Write(context.Background(), st, Request{What: what, Format: format, Filter: f}, &buf); err != nil {
		t.Fatalf("export %s as %s: %v", what, format, err)
	}
	return buf.Bytes()
}

var tableFormats = []string{CSV, JSONL, Parquet}

// The expectations below read the database with their own queries, the
// default filter spelled out: no rejected entity, no duplicate article.

func dbMentions(t *testing.T, st *storage.Store) []storage.MentionRow {
	rows, err := st.DB().Query(`SELECT m.id, m.article_id, m.entity_id, e.label, e.canonical, e.status, m.text, m.start, m."end",
		a.url, a.published, a.source, m.extractor_version FROM mentions m JOIN entities e ON e.id = m.entity_id
		JOIN articles a ON a.id = m.article_id WHERE e.status != 'rejected' AND a.duplicate_of IS NULL ORDER BY m.article_id, m.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []storage.MentionRow
	for rows.Next() {
		var m storage.MentionRow
		var pub string
		if err := rows.Scan(&m.ID, &m.ArticleID, &m.EntityID, &m.Label, &m.Canonical, &m.Status, &m.Text, &m.Start, &m.End,
			&m.URL, &pub, &m.Source, &m.ExtractorVersion); err != nil {
			t.Fatal(err)
		}
		m.Published = published(pub)
		out = append(out, m)
	}
	return out
}

func articleText(t *testing.T, st *storage.Store, id int64) string {
	var text string
	if err := st.DB().QueryRow(`SELECT text FROM articles WHERE id = ?`, id).Scan(&text); err != nil {
		t.Fatal(err)
	}
	return text
}

func TestWrite_MentionsRoundTrip(t *testing.T) {
	st := fixtureStore(t)
	want := dbMentions(t, st)
	if len(want) != 10 { // 5 + 3 in the two kept articles, 2 of 3 in the last
		t.Fatalf("fixture has %d exportable mentions, want 10", len(want))
	}
	for _, format := range tableFormats {
		t.Run(format, func(t *testing.T) {
			got := readBack[storage.MentionRow](t, format, export(t, st, Mentions, format, storage.ExportFilter{}))
			if len(got) != len(want) {
				t.Fatalf("%d rows, want %d", len(got), len(want))
			}
			for i := range got {
				text := articleText(t, st, got[i].ArticleID)
				s := got[i].Sentence
				if !strings.Contains(text, s) || !strings.Contains(s, got[i].Text) || strings.Contains(s, "\n") {
					t.Errorf("mention %d %q: sentence %q is not a sentence of its article holding it", got[i].ID, got[i].Text, s)
				}
				if got[i].Text == "Rs 500 crore" && s != "The deal is worth Rs 500 crore." {
					t.Errorf("sentence of Rs 500 crore = %q", s)
				}
				w := want[i]
				w.Sentence = s
				if canon(got[i]) != canon(w) {
					t.Errorf("row %d:\n got %s\nwant %s", i, canon(got[i]), canon(w))
				}
			}
		})
	}
}

func TestWrite_ArticlesRoundTrip(t *testing.T) {
	st := fixtureStore(t)
	rows, err := st.DB().Query(`SELECT a.id, a.source, a.url, a.canonical_url, a.title, a.byline, a.published, a.lang, a.duplicate_of,
		a.extractor_version, a.extracted_at, (SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
		WHERE m.article_id = a.id AND e.status != 'rejected'), a.text FROM articles a WHERE a.duplicate_of IS NULL ORDER BY a.id`)
	if err != nil {
		t.Fatal(err)
	}
	var want []storage.ArticleRow
	for rows.Next() {
		var r storage.ArticleRow
		var pub, extracted string
		var dup sql.NullInt64
		if err := rows.Scan(&r.ID, &r.Source, &r.URL, &r.CanonicalURL, &r.Title, &r.Byline, &pub, &r.Lang, &dup,
			&r.ExtractorVersion, &extracted, &r.Mentions, &r.Text); err != nil {
			t.Fatal(err)
		}
		r.Published, r.ExtractedAt = published(pub), published(extracted)
		want = append(want, r)
	}
	rows.Close()
	if len(want) != 3 {
		t.Fatalf("%d articles without duplicates, want 3", len(want))
	}
	for _, format := range tableFormats {
		t.Run(format, func(t *testing.T) {
			got := readBack[storage.ArticleRow](t, format, export(t, st, Articles, format, storage.ExportFilter{}))
			if !slices.Equal(canonAll(got), canonAll(want)) {
				t.Errorf("articles:\n got %q\nwant %q", canonAll(got), canonAll(want))
			}
		})
	}
}

func TestWrite_EntitiesRoundTrip(t *testing.T) {
	st := fixtureStore(t)
	rows, err := st.DB().Query(`SELECT e.id, e.label, e.canonical, e.status, count(*), count(DISTINCT m.article_id),
		min(NULLIF(a.published, '')), max(NULLIF(a.published, '')) FROM entities e JOIN mentions m ON m.entity_id = e.id
		JOIN articles a ON a.id = m.article_id WHERE e.status != 'rejected' AND a.duplicate_of IS NULL GROUP BY e.id ORDER BY e.id`)
	if err != nil {
		t.Fatal(err)
	}
	var want []storage.EntityRow
	for rows.Next() {
		var r storage.EntityRow
		var first, last sql.NullString
		if err := rows.Scan(&r.ID, &r.Label, &r.Canonical, &r.Status, &r.Mentions, &r.Articles, &first, &last); err != nil {
			t.Fatal(err)
		}
		r.FirstSeen, r.LastSeen = published(first.String), published(last.String)
		want = append(want, r)
	}
	rows.Close()
	if len(want) != 7 { // Spam Corp rejected
		t.Fatalf("%d entities, want 7", len(want))
	}
	for _, format := range tableFormats {
		t.Run(format, func(t *testing.T) {
			got := readBack[storage.EntityRow](t, format, export(t, st, Entities, format, storage.ExportFilter{}))
			if !slices.Equal(canonAll(got), canonAll(want)) {
				t.Errorf("entities:\n got %q\nwant %q", canonAll(got), canonAll(want))
			}
		})
	}
}

func TestWrite_AmountsRoundTrip(t *testing.T) {
	st := fixtureStore(t)
	rows, err := st.DB().Query(`SELECT am.id, am.mention_id, am.article_id, m.entity_id, e.status, am.text, am.value, am.value_max,
		am.currency, am.usd, a.url, a.published, a.source FROM amounts am JOIN mentions m ON m.id = am.mention_id
		JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = am.article_id
		WHERE e.status != 'rejected' AND a.duplicate_of IS NULL ORDER BY am.article_id, am.mention_id`)
	if err != nil {
		t.Fatal(err)
	}
	var want []storage.AmountRow
	for rows.Next() {
		var r storage.AmountRow
		var value, valueMax, usd sql.NullFloat64
		var pub string
		if err := rows.Scan(&r.ID, &r.MentionID, &r.ArticleID, &r.EntityID, &r.Status, &r.Text, &value, &valueMax,
			&r.Currency, &usd, &r.URL, &pub, &r.Source); err != nil {
			t.Fatal(err)
		}
		for _, p := range []struct {
			to   **float64
			from sql.NullFloat64
		}{{&r.Value, value}, {&r.ValueMax, valueMax}, {&r.USD, usd}} {
			if p.from.Valid {
				x := p.from.Float64
				*p.to = &x
			}
		}
		r.Published = published(pub)
		want = append(want, r)
	}
	rows.Close()
	if len(want) != 2 || *want[0].Value != 5e9 || want[1].ValueMax != nil {
		t.Fatalf("fixture amounts %q", canonAll(want))
	}
	for _, format := range tableFormats {
		t.Run(format, func(t *testing.T) {
			got := readBack[storage.AmountRow](t, format, export(t, st, Amounts, format, storage.ExportFilter{}))
			if len(got) != len(want) {
				t.Fatalf("%d amounts, want %d", len(got), len(want))
			}
			for i := range got {
				want[i].Sentence = got[i].Sentence
			}
			if !slices.Equal(canonAll(got), canonAll(want)) {
				t.Errorf("amounts:\n got %q\nwant %q", canonAll(got), canonAll(want))
			}
			if got[1].Sentence != "Spam Corp sold nothing for $2 million; the Navy's view differs." {
				t.Errorf("sentence of $2 million = %q", got[1].Sentence)
			}
		})
	}
}

func TestWrite_Filters(t *testing.T) {
	st := fixtureStore(t)
	count := func(f storage.ExportFilter) (n int) {
		return len(readBack[storage.MentionRow](t, JSONL, export(t, st, Mentions, JSONL, f)))
	}
	tests := []struct {
		name string
		f    storage.ExportFilter
		want int
	}{
		{"default", storage.ExportFilter{}, 10},
		{"with duplicates", storage.ExportFilter{IncludeDuplicates: true}, 13},
		{"all statuses", storage.ExportFilter{Status: storage.StatusAll}, 11},
		{"rejected only", storage.ExportFilter{Status: storage.StatusRejected}, 1},
		{"accepted only", storage.ExportFilter{Status: storage.StatusAccepted}, 2},
		{"label", storage.ExportFilter{Label: "PLATFORM"}, 2},
		{"source", storage.ExportFilter{Source: "pib"}, 3},
		{"since", storage.ExportFilter{Since: "2025-03-11"}, 3},
		{"until the date of a timed article", storage.ExportFilter{Until: "2025-03-10"}, 5},
		{"window with duplicates", storage.ExportFilter{Since: "2025-04-02", Until: "2025-04-02", IncludeDuplicates: true}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := count(tt.f); got != tt.want {
				t.Errorf("%d mentions, want %d", got, tt.want)
			}
		})
	}
	articles := len(readBack[storage.ArticleRow](t, CSV, export(t, st, Articles, CSV, storage.ExportFilter{Label: "MONEY"})))
	if articles != 2 {
		t.Errorf("%d articles with a MONEY mention, want 2", articles)
	}
}

func TestRequest_Validate(t *testing.T) {
	bad := []Request{
		{What: "people", Format: CSV},
		{What: Mentions, Format: GraphML},
		{What: Graph, Format: CSV},
		{What: Mentions, Format: CSV, Filter: storage.ExportFilter{Since: "yesterday"}},
		{What: Mentions, Format: CSV, Filter: storage.ExportFilter{Status: "maybe"}},
	}
	for _, r := range bad {
		if err := r.Validate(); err == nil {
			t.Errorf("%+v: no error", r)
		}
	}
}
