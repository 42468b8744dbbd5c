package crawlers

import (
	"fmt"
	"regexp"

	"github.com/trawl/trawl/configs"
)

// kindDefaults are the built-in link patterns of the source kinds that know
// their site's URL scheme. Patterns match absolute URLs as linked.
var kindDefaults = map[string]struct{ articles, follow string }{
	// Release pages (PressReleasePage, PressReleaseIframePage and the
	// misspelt PressReleseDetail all carry PRID); the all-releases listing
	// and its pages.
	"pib": {
		articles: `(?i)/PressRele\w*\.aspx\?(?:[^#]*&)?PRID=\d+(?:&[^#]*)?$`,
		follow:   `(?i)/allRel\.aspx(?:\?[^#]*)?$`,
	},
	// Date permalinks /YYYY/MM/[DD/]slug/ (WordPress slugs hold no dots,
	// which keeps /wp-content/uploads/YYYY/MM/file.jpg out); category, tag
	// and archive pagination /page/N/.
	"wordpress": {
		articles: `^https?://[^/?#]+(?:/[^/?#]+)*/\d{4}/\d{2}/(?:\d{2}/)?[^/?#.]+/?(?:\?[^#]*)?$`,
		follow:   `^https?://[^?#]*/page/\d+/?(?:\?[^#]*)?$`,
	},
}

// linkRules decide which links of a source's pages are fetched.
type linkRules struct {
	// articles matches article URLs; nil means the kind has no pattern, and
	// every feed item and sitemap entry is an article.
	articles *regexp.Regexp
	// explicit says articles came from the source, not the kind: then feed
	// items must match it too.
	explicit bool
	// follow matches listing (pagination) URLs; nil follows none.
	follow *regexp.Regexp
}

func newLinkRules(src configs.Source) (linkRules, error) {
	def := kindDefaults[src.Kind]
	articles, follow := def.articles, def.follow
	if src.Articles != "" {
		articles = src.Articles
	}
	if src.Follow != "" {
		follow = src.Follow
	}
	if src.Kind == "listing" && articles == "" {
		return linkRules{}, fmt.Errorf("a listing source needs an articles pattern")
	}
	var lr linkRules
	var err error
	if articles != "" {
		if lr.articles, err = regexp.Compile(articles); err != nil {
			return linkRules{}, fmt.Errorf("articles pattern: %w", err)
		}
	}
	if follow != "" {
		if lr.follow, err = regexp.Compile(follow); err != nil {
			return linkRules{}, fmt.Errorf("follow pattern: %w", err)
		}
	}
	lr.explicit = src.Articles != ""
	return lr, nil
}

// isArticle reports whether a link found in a document of kind k leads to
// an article. Feed items are articles unless the source says otherwise;
// sitemaps list every page of a site, so their entries must match the
// article pattern when there is one.
func (lr linkRules) isArticle(k docKind, link string) bool {
	switch {
	case k == feedDoc && !lr.explicit:
		return true
	case lr.articles == nil:
		return k == feedDoc || k == sitemapDoc
	}
	return lr.articles.MatchString(link)
}

// isListing reports whether a link found on a listing page is another
// listing page to fetch.
func (lr linkRules) isListing(link string) bool {
	return lr.follow != nil && lr.follow.MatchString(link)
}
