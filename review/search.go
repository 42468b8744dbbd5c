package review

import (
	"encoding/json"
	"net/http"
	"strings"
)

// search runs full-text search over articles (newest first, or best match
// among the newest with sort=best) and a prefix search over entity names
// and aliases.
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.FormValue("q"))
	best := r.FormValue("sort") == "best"
	data := map[string]any{"Query": q, "Best": best}
	if q != "" {
		hits, err := s.opts.Reader.SearchArticles(r.Context(), q, best, 30)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		ents, err := s.opts.Reader.SearchEntities(r.Context(), q, "", 20)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		type hit struct {
			ID                       int64
			Title, Published, Source string
			Snippet                  []segment
		}
		out := make([]hit, len(hits))
		for i, h := range hits {
			out[i] = hit{ID: h.ID, Title: h.Title, Published: h.Published, Source: h.Source, Snippet: snippetSegments(h.Snippet)}
		}
		data["Hits"], data["Entities"] = out, ents
	}
	s.render(w, r, "search", data)
}

// snippetSegments splits an FTS5 snippet at its \x01…\x02 marks; the
// template escapes each part and highlights the marked ones.
func snippetSegments(s string) []segment {
	var out []segment
	for s != "" {
		i := strings.IndexByte(s, 1)
		if i < 0 {
			out = append(out, segment{Text: s})
			break
		}
		out = append(out, segment{Text: s[:i]})
		s = s[i+1:]
		j := strings.IndexByte(s, 2)
		if j < 0 {
			j = len(s)
		}
		out = append(out, segment{Text: s[:j], Label: "hit"})
		s = s[min(j+1, len(s)):]
	}
	return out
}

// entitiesJSON answers the merge box's search as you type.
func (s *Server) entitiesJSON(w http.ResponseWriter, r *http.Request) {
	ents, err := s.opts.Reader.SearchEntities(r.Context(), r.FormValue("q"), r.FormValue("label"), 10)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	type item struct {
		ID        int64  `json:"id"`
		Label     string `json:"label"`
		Canonical string `json:"canonical"`
		Mentions  int    `json:"mentions"`
	}
	out := make([]item, 0, len(ents))
	for _, e := range ents {
		out = append(out, item{e.ID, e.Label, e.Canonical, e.Mentions})
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out) //nolint:errcheck // the client went away
}
