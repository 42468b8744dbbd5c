// Package evaluation scores trawl's output against gold: article bodies by
// word F1, entities by the metrics of shared/corpus/GUIDELINES.md.
package evaluation

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/trawl/trawl/extract"
)

// Gold is one annotated article (shared/corpus/FORMAT.md).
type Gold struct {
	ID        string           `json:"id"`
	Site      string           `json:"site"`
	URL       string           `json:"url"`
	Title     string           `json:"title"`
	Published string           `json:"published"`
	Byline    string           `json:"byline"`
	Text      string           `json:"text"`
	Entities  []extract.Entity `json:"entities"`
}

// ReadGold reads gold JSONL files, and Universal NER .iob2 files as
// published (ReadIOB2); errors name the file and line.
func ReadGold(paths ...string) ([]Gold, error) {
	var out []Gold
	for _, p := range paths {
		if strings.HasSuffix(p, ".iob2") {
			golds, err := ReadIOB2(p)
			if err != nil {
				return nil, err
			}
			out = append(out, golds...)
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("evaluation: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
		for line := 1; sc.Scan(); line++ {
			if len(sc.Bytes()) == 0 {
				continue
			}
			var g Gold
			if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
				f.Close()
				return nil, fmt.Errorf("evaluation: %s:%d: %w", p, line, err)
			}
			out = append(out, g)
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("evaluation: %s: %w", p, err)
		}
	}
	return out, nil
}
