package review

import (
	"net/http"
	"strconv"

	"github.com/trawl/trawl/storage"
)

// money lists amounts, sortable and filterable by currency, size and date.
func (s *Server) money(w http.ResponseWriter, r *http.Request) {
	minUSD, _ := strconv.ParseFloat(r.FormValue("min_usd"), 64)
	f := storage.AmountFilter{
		Currency: r.FormValue("currency"), MinUSD: minUSD, Since: r.FormValue("since"),
		Sort: r.FormValue("sort"), Offset: intParam(r, "offset"), Limit: 50,
	}
	amounts, err := s.opts.Reader.Amounts(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, "money", map[string]any{"Amounts": amounts, "Filter": f, "Next": f.Offset + len(amounts)})
}
