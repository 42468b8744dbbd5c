package main

import (
	"cmp"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/trawl/trawl/extract"
)

// version, commit and date may be set at link time
// (-ldflags "-X main.version=v1.2.0 ..."); otherwise they come from the
// module and VCS data Go records in the binary.
var version, commit, date string

// extractorModules are the libraries whose versions decide generic
// extraction output, so a changed result can be traced to an upgrade.
var extractorModules = []string{
	"github.com/markusmobius/go-trafilatura",
	"github.com/go-shiori/go-readability",
	"github.com/markusmobius/go-domdistiller",
	"github.com/markusmobius/go-htmldate",
}

// versionText is what `trawl --version` prints.
func versionText() string {
	v, c, d, dirty := version, commit, date, ""
	deps := map[string]string{}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v == "" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				c = cmp.Or(c, s.Value)
			case "vcs.time":
				d = cmp.Or(d, s.Value)
			case "vcs.modified":
				if s.Value == "true" {
					dirty = " (modified)"
				}
			}
		}
		for _, m := range bi.Deps {
			deps[m.Path] = m.Version
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "trawl %s\ncommit %s%s\ndate %s\n", cmp.Or(v, "(devel)"), cmp.Or(c, "unknown"), dirty, cmp.Or(d, "unknown"))
	fmt.Fprintf(&b, "annotator %s (stored with every mention)\n", extract.ExtractorVersion)
	b.WriteString("extractor: site rules, else the generic vote of")
	for _, m := range extractorModules {
		fmt.Fprintf(&b, " %s %s", m[strings.LastIndex(m, "/")+1:], cmp.Or(deps[m], "?"))
	}
	return b.String()
}
