package review

import "net/http"

// runs lists the history of runs with counts, durations and failed pages.
func (s *Server) runs(w http.ResponseWriter, r *http.Request) {
	runs, err := s.opts.Reader.Runs(r.Context(), 100)
	if err != nil {
		s.fail(w, r, err)
		return
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
