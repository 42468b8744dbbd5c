// Command gen writes extract/chunk_shapes.go, the chunk shapes each rule
// refuses; `go generate ./extract` runs it in extract/.
package main

import (
	"fmt"
	"os"

	"github.com/trawl/trawl/extract/internal/ruleshape"
)

func main() {
	if err := ruleshape.Write(".", "chunk_shapes.go"); err != nil {
		fmt.Fprintln(os.Stderr, "ruleshape:", err)
		os.Exit(1)
	}
}
