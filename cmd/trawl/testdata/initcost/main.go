// Command initcost does nothing but link go-htmldate (which go-trafilatura
// imports): its start-up is the floor of any binary that extracts
// articles, the baseline of BenchmarkStartup.
package main

import _ "github.com/markusmobius/go-htmldate"

func main() {}
