//go:build prose

package main

import (
	"context"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/evaluation/peer"
	"github.com/trawl/trawl/extract"
)

// prose's entity model is linked only into binaries built with -tags prose,
// so that every other command starts without it.
func init() {
	peers["prose"] = func(ctx context.Context, g evaluation.Gold) ([]extract.Entity, error) {
		return peer.Prose(ctx, g.Text)
	}
}
