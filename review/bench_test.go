package review

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/trawl/trawl/storage"
	"github.com/trawl/trawl/synth"
)

// Page speed on a large synthetic archive. The database is generated once
// and cached under os.TempDir, keyed by its size, since filling 1,000,000
// mentions takes minutes. TRAWL_BENCH_ARTICLES picks another size (the
// README's figures: 100,000 articles of 10 mentions).
//
//	go test -run X -bench Pages -benchtime 200x ./review

const synthCacheVersion = "4" // bump when synth's output changes

func benchSize() int {
	if n, err := strconv.Atoi(os.Getenv("TRAWL_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

func synthDB(b *testing.B, articles, mentions int) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("trawl-synth-v%s-%dx%d.db", synthCacheVersion, articles, mentions))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".part"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	ctx := context.Background()
	st, err := storage.Open(ctx, tmp)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if err := synth.Fill(ctx, st, articles, mentions); err != nil {
		b.Fatal(err)
	}
	// Fold the WAL into the file so the rename moves everything.
	if _, err := st.DB().Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		b.Fatal(err)
	}
	st.Close()
	b.Logf("generated %d articles × %d mentions in %v", articles, mentions, time.Since(start).Round(time.Second))
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}

// benchServer serves a private copy-on-use of the cached database:
// decisions are undone after each measured one, so the cache stays as
// generated.
func benchServer(b *testing.B) (*Server, *storage.Store) {
	b.Helper()
	path := synthDB(b, benchSize(), 10)
	ctx := context.Background()
	st, err := storage.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	rd, err := storage.OpenReader(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { rd.Close() })
	s, err := New(Options{Store: st, Reader: rd, Reviewer: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	return s, st
}

// p95 runs req b.N times (i is the iteration) and reports the 95th
// percentile and the median in milliseconds, and CPU time per request.
func p95(b *testing.B, req func(i int) *http.Request, check func(*httptest.ResponseRecorder) bool, s http.Handler) {
	b.Helper()
	d := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		r := req(i)
		rec := httptest.NewRecorder()
		t0 := time.Now()
		s.ServeHTTP(rec, r)
		d = append(d, time.Since(t0))
		if !check(rec) {
			b.Fatalf("%s %s: %d %.300s", r.Method, r.URL, rec.Code, rec.Body)
		}
	}
	b.StopTimer()
	report(b, d, cpuTime()-cpu0)
}

func report(b *testing.B, d []time.Duration, cpu time.Duration) {
	slices.Sort(d)
	b.ReportMetric(float64(d[len(d)*95/100].Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(d[len(d)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(d)), "cpu-ms/op")
}

func ok200(rec *httptest.ResponseRecorder) bool { return rec.Code == 200 }

func ids(b *testing.B, st *storage.Store, q string) []string {
	b.Helper()
	rows, err := st.DB().Query(q)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			b.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

func BenchmarkPages(b *testing.B) {
	s, st := benchServer(b)
	// The most mentioned entities are the slowest pages: take the top 50
	// and 50 from the middle of the queue.
	entities := append(ids(b, st, `SELECT id FROM entities WHERE label != 'MONEY' ORDER BY mentions DESC LIMIT 50`),
		ids(b, st, `SELECT id FROM entities WHERE label != 'MONEY' ORDER BY mentions DESC LIMIT 50 OFFSET 5000`)...)
	articles := ids(b, st, `SELECT id FROM articles ORDER BY random() LIMIT 100`)
	names := ids(b, st, `SELECT substr(canonical, 1, 4) FROM entities WHERE label != 'MONEY' ORDER BY mentions DESC LIMIT 20`)
	get := func(path func(i int) string) func(i int) *http.Request {
		return func(i int) *http.Request { return httptest.NewRequest("GET", path(i), nil) }
	}
	pages := []struct {
		name string
		path func(i int) string
	}{
		{"queue", func(i int) string { return []string{"/", "/?label=ORG", "/?label=PERSON&offset=50"}[i%3] }},
		{"queue-by-source-and-date", func(i int) string {
			return []string{"/?source=synth&since=2025-06-01", "/?since=2025-12-01&label=GPE"}[i%2]
		}},
		{"entity", func(i int) string { return "/entity/" + entities[i%len(entities)] }},
		{"article", func(i int) string { return "/article/" + articles[i%len(articles)] }},
		{"money", func(i int) string {
			return []string{"/money", "/money?currency=INR&sort=value", "/money?sort=date", "/money?min_usd=100000000&since=2025-01-01"}[i%4]
		}},
		{"search", func(i int) string {
			return []string{"/search?q=" + names[i%len(names)], "/search?q=maritime+security", "/search?q=submarine&sort=best"}[i%3]
		}},
		{"runs", func(int) string { return "/runs" }},
	}
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) { p95(b, get(p.path), ok200, s) })
	}
	// The baseline: the queue's first page computed the README's way, by
	// counting mentions per entity at request time.
	b.Run("baseline-queue-by-group-by", func(b *testing.B) {
		// Seconds per query: 20 runs give its percentiles.
		n := min(b.N, 20)
		d := make([]time.Duration, 0, n)
		cpu0 := cpuTime()
		for range n {
			t0 := time.Now()
			rows, err := st.DB().Query(`SELECT e.id, e.canonical, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
				FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.status = 'pending'
				GROUP BY e.id ORDER BY mentions DESC LIMIT 50`)
			if err != nil {
				b.Fatal(err)
			}
			for rows.Next() {
			}
			rows.Close()
			d = append(d, time.Since(t0))
		}
		report(b, d, cpuTime()-cpu0)
	})
	// A decision by keyboard: the POST the script sends, then the queue
	// page it would show next. Each is undone untimed, so the cache stays.
	b.Run("decision+next", func(b *testing.B) {
		top := ids(b, st, `SELECT id FROM entities WHERE status = 'pending' AND label != 'MONEY' ORDER BY mentions DESC LIMIT 20`)
		d := make([]time.Duration, 0, b.N)
		var cpu time.Duration
		for i := 0; i < b.N; i++ {
			req := httptest.NewRequest("POST", "/entity/"+top[i%len(top)]+[]string{"/accept", "/reject"}[i%2], nil)
			req.Header.Set("Sec-Fetch-Site", "same-origin")
			req.Header.Set("X-Requested-With", "review.js")
			rec := httptest.NewRecorder()
			t0, c0 := time.Now(), cpuTime()
			s.ServeHTTP(rec, req)
			next := httptest.NewRecorder()
			s.ServeHTTP(next, httptest.NewRequest("GET", "/", nil))
			d, cpu = append(d, time.Since(t0)), cpu+cpuTime()-c0
			if rec.Code != http.StatusNoContent || next.Code != 200 {
				b.Fatalf("decision %d, next page %d: %s", rec.Code, next.Code, rec.Body)
			}
			if _, err := st.Undo(context.Background(), "bench"); err != nil {
				b.Fatal(err)
			}
		}
		report(b, d, cpu)
	})
}
