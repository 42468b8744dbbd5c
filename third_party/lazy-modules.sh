#!/bin/sh
# Writes third_party/go-domdistiller and third_party/gomoji: each module as
# the Go module proxy serves it, with one change that moves a table built
# at package init to its first use. go-trafilatura links both, so every
# trawl command paid for them at start-up, --help included: DOM
# Distiller's word-counter range tables (about 8 ms) and gomoji's emoji map
# (about 4 ms), though only extraction uses them. go.mod's replace
# directives point at the copies. To upgrade one: change its version below
# (the one go.mod requires), run this script, `go build ./... && go test
# ./extract`. go-dateparser has its own script, lazy-dateparser.sh.
set -eu
export LC_ALL=C
cd "$(dirname "$0")"

# copy MODULE VERSION DIR PATCH LICENCE
copy() {
	src=$(go mod download -json "$1@$2" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	rm -rf "$3"
	mkdir -p "$3"
	# the library's own sources only: no tests, test data or examples
	(cd "$src" && find . -type f \( -name '*.go' -o -name go.mod -o -name 'LICENSE*' -o -name 'NOTICE*' \) \
		! -name '*_test.go' ! -path './example/*' ! -path './testdata/*' ! -path './scripts/*' ! -path './generator/*') |
		while read -r f; do
			mkdir -p "$3/$(dirname "$f")"
			cp "$src/$f" "$3/$f"
		done
	chmod -R u+w "$3"
	patch -s -d "$3" -p1 <"$4"
	# upstream predates some of gofmt's rules (old build-tag lines); trawl's
	# CI checks every tracked Go file
	gofmt -w "$3"
	printf '%s %s from the Go module proxy, patched by ../lazy-modules.sh with ../%s\n(a table built on first use, not at init). Licence: %s.\n' "$1" "$2" "$4" "$5" >"$3/TRAWL.txt"
}

copy github.com/markusmobius/go-domdistiller v0.0.0-20240926050704-25b8d046ffb4 go-domdistiller lazy-domdistiller.patch 'LICENSE (MIT) and LICENSE-domdistiller.txt (BSD-3-Clause), LICENSE-boilerpipe.txt and NOTICE-boilerpipe.txt (Apache-2.0)'
copy github.com/forPelevin/gomoji v1.2.0 gomoji lazy-gomoji.patch 'LICENSE (MIT)'
