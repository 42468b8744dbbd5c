package review

import (
	"net/http"

	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/storage"
)

// mentionsPerPage is the entity page's page size.
const mentionsPerPage = 50

// entity shows one entity: mentions in their sentences (paginated),
// aliases, the entities seen with it, a weekly chart and nearby amounts.
func (s *Server) entity(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx := r.Context()
	rd := s.opts.Reader
	e, err := rd.Entity(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	offset := intParam(r, "offset")
	data := map[string]any{"Entity": e, "Offset": offset, "Labels": extract.Labels}
	steps := []func() error{
		func() (err error) { data["Aliases"], err = rd.Aliases(ctx, id, 200); return },
		func() (err error) { data["Mentions"], err = rd.Mentions(ctx, id, offset, mentionsPerPage); return },
		func() (err error) { data["Related"], err = rd.CoMentioned(ctx, id, 12); return },
		func() (err error) { data["Amounts"], err = rd.AmountsWith(ctx, id, 20); return },
		func() error {
			weeks, err := rd.Weeks(ctx, id)
			data["Chart"] = weekChart(weeks)
			return err
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	if ms, _ := data["Mentions"].([]storage.Excerpt); len(ms) == mentionsPerPage {
		data["Next"] = offset + mentionsPerPage
	}
	if offset > 0 {
		data["Prev"] = max(0, offset-mentionsPerPage)
	}
	s.render(w, r, "entity", data)
}
