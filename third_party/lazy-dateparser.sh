#!/bin/sh
# Writes third_party/go-dateparser: go-dateparser (BSD-3-Clause) as the
# module proxy serves it, with one change. Upstream builds the date
# vocabulary of ~200 locales in package init functions (about 0.3 s and
# 95 MB in every trawl command, --help included, since go-htmldate links
# it); here those functions run once, on the first GetLocaleData, and the
# time zone tables and its regular expressions (its own regexp wrapper) on
# their first use (lazy-dateparser.patch), so only commands that read a
# date pay. go.mod's replace directive points at the
# copy. To upgrade: change V, run this script, `go build ./... && go test
# ./extract`.
set -eu
export LC_ALL=C # the glob below in Go's file order
V=v1.4.7
cd "$(dirname "$0")"
SRC=$(go mod download -json "github.com/markusmobius/go-dateparser@$V" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
DST=go-dateparser
rm -rf "$DST"
mkdir -p "$DST"
# The library's own sources only: no tests, test data or code generator.
(cd "$SRC" && find . -type f \( -name '*.go' -o -name '*.json' -o -name go.mod -o -name 'LICENSE*' \) \
	! -name '*_test.go' ! -path './scripts/*' ! -path './testdata/*' ! -path './data-supplementary/*') |
	while read -r f; do
		mkdir -p "$DST/$(dirname "$f")"
		cp "$SRC/$f" "$DST/$f"
	done
chmod -R u+w "$DST"
# The time zone tables and the regexp wrapper, by hand: built on first use
# too.
patch -s -d "$DST" -p1 <lazy-dateparser.patch

data=$DST/internal/data
calls=""
for f in "$data"/*.go; do
	grep -q '^func init() {$' "$f" || continue
	name=initLocale_$(basename "$f" .go | tr -c 'a-zA-Z0-9\n' '_')
	sed -i "s/^func init() {\$/func $name() {/" "$f"
	calls="$calls		$name()
"
done
cat >"$data/zz-lazy.go" <<EOF
// Added by trawl's third_party/lazy-dateparser.sh; DO NOT EDIT.

package data

import "sync"

var localesOnce sync.Once

// loadLocales runs the former init functions, in their file order.
func loadLocales() {
	localesOnce.Do(func() {
$calls	})
}
EOF
sed -i 's/^func GetLocaleData(locale string) (\*LocaleData, bool) {$/&\n\tloadLocales()/' "$data/00-locale-data.go"
grep -q '^	loadLocales()$' "$data/00-locale-data.go"
printf 'go-dateparser %s from the Go module proxy, rewritten by ../lazy-dateparser.sh\n(locale data built on first use, not at init). Licence: LICENSE (BSD-3-Clause).\n' "$V" >"$DST/TRAWL.txt"
