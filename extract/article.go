// Package extract turns HTML into an Article (site rules, else a generic
// extractor) and text into entity mentions. It does no I/O: whatever it needs
// is handed to it.
package extract

import (
	"time"

	"github.com/trawl/trawl/configs"
)

// Article is what extraction gets out of one page.
type Article struct {
	URL          string `json:"url"`
	CanonicalURL string `json:"canonical_url"`
	Title        string `json:"title"`
	Byline       string `json:"byline"`
	// Published is RFC 3339 with the page's offset when the page gives a
	// time, else YYYY-MM-DD; empty when unknown.
	Published string `json:"published"`
	Lang      string `json:"lang"`
	Text      string `json:"text"` // paragraphs joined by a blank line
}

// Input is one page to extract.
type Input struct {
	URL       string
	HTML      []byte // UTF-8
	FetchedAt time.Time
	// Rules are the site's rules; nil means the generic extractor.
	Rules *configs.SiteRules
	// Siblings are other archived pages of the same site, from which the
	// generic extractor may learn the site's repeated boilerplate.
	Siblings [][]byte
}

// ParseDate reads a date in Article.Published's form (RFC 3339 or
// YYYY-MM-DD); the zero time when it is neither.
func ParseDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
