// Package peer runs the taggers trawl's annotator is compared with. It is
// apart from evaluation so that only binaries that compare link the peers'
// models (cmd/trawl links it only when built with -tags prose).
package peer

import (
	"context"
	"fmt"

	prose "github.com/jdkato/prose/v3"

	"github.com/trawl/trawl/extract"
)

// proseLabels maps the labels of prose v3's default entity model (ACE-style:
// PERSON, ORGANIZATION, GPE, GSP, LOCATION, FACILITY) to ours; prose finds
// no programmes, platforms or money.
var proseLabels = map[string]string{
	"PERSON":       "PERSON",
	"ORGANIZATION": "ORG",
	"GPE":          "GPE",
	"GSP":          "GPE", // geo-socio-political: a state acting as a group
	"LOCATION":     "LOC",
	"FACILITY":     "LOC", // bases and ranges are LOC in GUIDELINES.md
}

// Prose tags text with prose v3's default pipeline, the peer trawl's
// annotator is measured against. Its entities carry byte offsets into text;
// the canonical is the surface, since prose resolves nothing.
func Prose(ctx context.Context, text string) ([]extract.Entity, error) {
	doc, err := prose.NewDocumentContext(ctx, text)
	if err != nil {
		return nil, fmt.Errorf("prose: %w", err)
	}
	var out []extract.Entity
	for _, e := range doc.Entities() {
		label, ok := proseLabels[e.Label]
		if !ok {
			continue
		}
		out = append(out, extract.Entity{Start: e.Start, End: e.End(), Label: label, Text: e.Text, Canonical: e.Text})
	}
	return out, nil
}
