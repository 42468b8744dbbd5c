package export

import (
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/trawl/trawl/storage"
)

// contentTypes of the formats served over HTTP.
var contentTypes = map[string]string{
	CSV:     "text/csv; charset=utf-8",
	JSONL:   "application/x-ndjson",
	Parquet: "application/vnd.apache.parquet",
	GraphML: "application/graphml+xml",
}

// Handler serves exports as downloads: GET /export/WHAT.FORMAT with the
// command's filters as query parameters (since, until, source, label,
// status, include_duplicates), e.g. /export/mentions.csv?label=PLATFORM.
// Mount it under /export/ behind the UI's authentication. Neo4j's
// directory of files and cursors are the command's alone.
func Handler(st *storage.Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		req, err := parseRequest(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		name := req.What + "." + req.Format
		w.Header().Set("Content-Type", contentTypes[req.Format])
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
		w.Header().Set("Cache-Control", "no-store")
		if r.Method == http.MethodHead {
			return
		}
		if _, err := Write(r.Context(), st, req, w); err != nil {
			// The status went out with the first bytes; cutting the
			// connection tells the client the download is not whole.
			slog.Error("export over HTTP failed", "export", name, "query", r.URL.RawQuery, "err", err)
			panic(http.ErrAbortHandler)
		}
	})
}

func parseRequest(r *http.Request) (Request, error) {
	base := r.URL.Path[strings.LastIndexByte(r.URL.Path, '/')+1:]
	what, format, ok := strings.Cut(base, ".")
	if !ok {
		return Request{}, fmt.Errorf("export: %q: want WHAT.FORMAT, e.g. mentions.csv", base)
	}
	if format == Neo4j {
		return Request{}, fmt.Errorf("export: neo4j is a directory of files: use trawl export --format neo4j --out DIR")
	}
	q := r.URL.Query()
	req := Request{What: what, Format: format, Filter: storage.ExportFilter{
		Since: q.Get("since"), Until: q.Get("until"), Source: q.Get("source"), Label: q.Get("label"), Status: q.Get("status"),
	}}
	if v := q.Get("include_duplicates"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return req, fmt.Errorf("export: include_duplicates %q: want true or false", v)
		}
		req.Filter.IncludeDuplicates = b
	}
	return req, req.Validate()
}
