package review

import (
	"net/http"
	"strconv"
	"strings"
)

// segment is a run of article text, a mention when Label is set.
type segment struct {
	Text      string
	Label     string
	EntityID  int64
	MentionID int64
	Canonical string
	Status    string
}

// article shows the stored text (never the page's HTML) with mentions
// highlighted per label, its metadata and duplicates.
func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	a, err := s.opts.Reader.Article(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var segs []segment
	at := 0
	for _, m := range a.Mentions {
		if m.Start < at || m.End > len(a.Text) {
			continue // overlapping or stale offsets: show the text plain
		}
		segs = append(segs, segment{Text: a.Text[at:m.Start]},
			segment{Text: a.Text[m.Start:m.End], Label: m.Label, EntityID: m.EntityID, MentionID: m.ID, Canonical: m.Canonical, Status: m.Status})
		at = m.End
	}
	segs = append(segs, segment{Text: a.Text[at:]})
	s.render(w, r, "article", map[string]any{"Article": a, "Segments": segs, "Link": safeURL(a.URL)})
}

func itoa(n int) string { return strconv.Itoa(n) }

// safeURL keeps only http and https links: a scraped URL may be
// "javascript:…".
func safeURL(u string) string {
	if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		return u
	}
	return ""
}
