// Command compilegazetteer writes configs/gazetteer_compiled.txt from
// configs/gazetteer/*.yaml; `go generate ./configs` runs it in configs/.
package main

import (
	"fmt"
	"os"

	"github.com/trawl/trawl/configs"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "compilegazetteer:", err)
		os.Exit(1)
	}
}

func run() error {
	g, err := configs.LoadGazetteerFS(os.DirFS("gazetteer"), "configs/gazetteer")
	if err != nil {
		return err
	}
	b, err := g.Compile()
	if err != nil {
		return err
	}
	return os.WriteFile("gazetteer_compiled.txt", b, 0o644)
}
