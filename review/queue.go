package review

import (
	"net/http"

	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/storage"
)

// queue is the start page: entities to review, most mentioned first.
func (s *Server) queue(w http.ResponseWriter, r *http.Request) {
	f := storage.QueueFilter{
		Status: r.FormValue("status"), Label: r.FormValue("label"), Source: r.FormValue("source"),
		Since: r.FormValue("since"), Offset: intParam(r, "offset"), Limit: 50,
	}
	items, err := s.opts.Reader.Queue(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	sources, err := s.opts.Reader.Sources(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, "queue", map[string]any{
		"Items": items, "Filter": f, "Labels": extract.Labels, "Sources": sources,
		"Statuses": []string{storage.StatusPending, storage.StatusAccepted, storage.StatusRejected},
		"Next":     f.Offset + len(items),
	})
}
