package export

import (
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/trawl/trawl/storage"
)

func TestHandler_ServesFilteredExports(t *testing.T) {
	st := fixtureStore(t)
	mux := http.NewServeMux()
	mux.Handle("/export/", Handler(st))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	get := func(path string) (*http.Response, []byte) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp, body
	}
	for _, format := range tableFormats {
		f := storage.ExportFilter{Since: "2025-01-01", Label: "PLATFORM"}
		resp, body := get("/export/mentions." + format + "?since=2025-01-01&label=PLATFORM")
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != contentTypes[format] {
			t.Fatalf("%s: status %d, type %q: %s", format, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
		got := canonAll(readBack[storage.MentionRow](t, format, body))
		want := canonAll(readBack[storage.MentionRow](t, format, export(t, st, Mentions, format, f)))
		if len(got) != 2 || !slices.Equal(got, want) {
			t.Errorf("%s over HTTP: %d rows %q, want the command's %q", format, len(got), got, want)
		}
	}
	resp, body := get("/export/articles.jsonl?include_duplicates=true&status=all")
	if n := strings.Count(string(body), "\n"); resp.StatusCode != 200 || n != 4 {
		t.Errorf("all articles: status %d, %d lines, want 4", resp.StatusCode, n)
	}
	for _, bad := range []string{"/export/mentions.xlsx", "/export/people.csv", "/export/mentions.csv?since=May",
		"/export/graph.neo4j", "/export/mentions.csv?include_duplicates=perhaps"} {
		if resp, body := get(bad); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: status %d (%s), want 400", bad, resp.StatusCode, body)
		}
	}
}
