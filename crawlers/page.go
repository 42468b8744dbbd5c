// Package crawlers fetches pages for configured sources with colly: feeds,
// sitemaps and listing pages give article URLs; robots.txt, per-host delay,
// conditional GET and retries keep it polite. It parses no article bodies and
// touches no SQL.
package crawlers

import (
	"net/http"
	"time"
)

// Page is one fetch result handed to the pipeline.
type Page struct {
	Source      string
	URL         string // as linked and requested
	FinalURL    string // after redirects
	Key         string // identity key of FinalURL (see Key)
	Status      int    // 0 when no response arrived
	Header      http.Header
	Body        []byte // decoded to UTF-8
	FetchedAt   time.Time
	NotModified bool  // a conditional GET answered 304: Body is empty, the archive holds it
	Article     bool  // the URL matched the source's article pattern: extract it
	Err         error // the fetch failed (after retries); Status set when a response came
	// FailedArticle marks a failed article page (Article is false with Err
	// set), which later runs try again.
	FailedArticle bool
}

// Archive tells the crawler what it already holds, for conditional GET.
// storage.Store implements it.
type Archive interface {
	// Validators returns the ETag and Last-Modified stored for an identity
	// key, empty when the page is unknown.
	Validators(key string) (etag, lastModified string)
	// Body returns the archived body of a page, nil when there is none or
	// when it inflates past limit bytes (the source's max_body_size). A 304
	// carries no body, and the archived copy's links (language twins,
	// related posts) are still worth following.
	Body(key string, limit int) []byte
}
