#!/bin/sh
# Writes third_party/go-domdistiller, third_party/gomoji,
# third_party/whatlanggo and third_party/colly: each module as the Go
# module proxy serves it, with one change that keeps work out of package
# init. go-trafilatura links the first three, so every trawl command paid
# for them at start-up, --help included: DOM Distiller's word-counter range
# tables (about 8 ms), gomoji's emoji map (about 4 ms) and whatlanggo's
# trigram profiles (0.35 MB), though only extraction uses them; the
# patches build them on first use. Colly's Collector.Appengine, which trawl
# never calls, linked Google App Engine's packages, whose init registered
# 0.7 MB of protocol-buffer descriptors in every command; the patch drops
# that method. go.mod's replace directives point at the copies. To upgrade one: change its version below
# (the one go.mod requires), run this script, `go build ./... && go test
# ./extract`. go-dateparser has its own script, lazy-dateparser.sh.
set -eu
export LC_ALL=C
cd "$(dirname "$0")"

# copy MODULE VERSION DIR PATCH LICENCE CHANGE
copy() {
	src=$(go mod download -json "$1@$2" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	rm -rf "$3"
	mkdir -p "$3"
	# the library's own sources only: no tests, test data or examples
	(cd "$src" && find . -type f \( -name '*.go' -o -name go.mod -o -name 'LICENSE*' -o -name 'NOTICE*' \) \
		! -name '*_test.go' ! -path './example/*' ! -path './_examples/*' ! -path './cmd/*' ! -path './testdata/*' ! -path './scripts/*' ! -path './generator/*') |
		while read -r f; do
			mkdir -p "$3/$(dirname "$f")"
			cp "$src/$f" "$3/$f"
		done
	chmod -R u+w "$3"
	patch -s -d "$3" -p1 <"$4"
	# upstream predates some of gofmt's rules (old build-tag lines); trawl's
	# CI checks every tracked Go file
	gofmt -w "$3"
	printf '%s %s from the Go module proxy, patched by ../lazy-modules.sh with ../%s\n(%s). Licence: %s.\n' "$1" "$2" "$4" "$6" "$5" >"$3/TRAWL.txt"
}

copy github.com/markusmobius/go-domdistiller v0.0.0-20240926050704-25b8d046ffb4 go-domdistiller lazy-domdistiller.patch 'LICENSE (MIT) and LICENSE-domdistiller.txt (BSD-3-Clause), LICENSE-boilerpipe.txt and NOTICE-boilerpipe.txt (Apache-2.0)' 'a table built on first use, not at init'
copy github.com/forPelevin/gomoji v1.2.0 gomoji lazy-gomoji.patch 'LICENSE (MIT)' 'a table built on first use, not at init'
copy github.com/RadhiFadlillah/whatlanggo v0.0.0-20240916001553-aac1f0f737fc whatlanggo lazy-whatlanggo.patch 'LICENSE (MIT)' 'trigram profiles built on first use, not at init'
copy github.com/gocolly/colly/v2 v2.3.0 colly lazy-colly.patch 'LICENSE.txt (Apache-2.0)' 'without Collector.Appengine, so App Engine is not linked'

