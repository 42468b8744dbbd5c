package review

import (
	"encoding/json"
	"net/http"

	"github.com/trawl/trawl/storage"
)

// runCounts are a run's per-source counts added up, read from the summary
// JSON the pipeline stores with each run.
type runCounts struct {
	Fetched     int `json:"fetched"`
	NotModified int `json:"not_modified"`
	New         int `json:"new_articles"`
	Updated     int `json:"updated_articles"`
	Duplicates  int `json:"duplicates"`
	Errors      int `json:"errors"`
	Failed      []string
}

type runView struct {
	storage.RunRow
	Counts runCounts
}

func countsOf(summary []byte) runCounts {
	var s struct {
		Sources []struct {
			runCounts
			Name   string `json:"name"`
			Failed string `json:"failed"`
		} `json:"sources"`
	}
	var c runCounts
	if json.Unmarshal(summary, &s) != nil {
		return c // no summary yet (running) or another shape: counts stay empty
	}
	for _, src := range s.Sources {
		c.Fetched += src.Fetched
		c.NotModified += src.NotModified
		c.New += src.New
		c.Updated += src.Updated
		c.Duplicates += src.Duplicates
		c.Errors += src.Errors
		if src.Failed != "" {
			c.Failed = append(c.Failed, src.Name+": "+src.Failed)
		}
	}
	return c
}

// runs lists the history of runs with counts, durations and failed pages.
func (s *Server) runs(w http.ResponseWriter, r *http.Request) {
	rows, err := s.opts.Reader.Runs(r.Context(), 100)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	runs := make([]runView, len(rows))
	for i, row := range rows {
		runs[i] = runView{RunRow: row, Counts: countsOf(row.Summary)}
	}
	data := map[string]any{"Runs": runs}
	if len(runs) > 0 {
		id := runs[0].ID
		if n := intParam(r, "run"); n > 0 {
			id = int64(n)
		}
		errs, err := s.opts.Reader.RunErrors(r.Context(), id, 200)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		data["ErrorsRun"], data["Errors"] = id, errs
	}
	s.render(w, r, "runs", data)
}
