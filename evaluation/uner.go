package evaluation

import "strings"

// UNER scores against Universal NER gold converted to the corpus format
// (shared/datasets/uner-english-*): UNER knows only PER, ORG and LOC, the
// last mapped to GPE in the gold though it mixes GPE and LOC, so predicted
// LOC counts as GPE and labels UNER lacks are dropped.
var UNER = ScoreOptions{
	Map:    map[string]string{"LOC": "GPE", "PROGRAM": "", "PLATFORM": "", "MONEY": ""},
	Labels: []string{"PERSON", "ORG", "GPE"},
}

// IsUNER reports whether every gold article comes from a UNER conversion,
// whose site names start with "uner-".
func IsUNER(golds []Gold) bool {
	for _, g := range golds {
		if !strings.HasPrefix(g.Site, "uner-") {
			return false
		}
	}
	return len(golds) > 0
}
