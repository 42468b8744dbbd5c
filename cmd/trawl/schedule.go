package main

import (
	"context"

	"github.com/trawl/trawl/monitor"
)

// scheduledRuns starts `trawl run` on a cron schedule inside this process
// (`trawl serve --schedule`): each run takes the same lock as a cron run,
// so the two never overlap. The channel closes when ctx ended and the run
// under way, if any, stopped.
func scheduledRuns(ctx context.Context, g *Globals, spec string) (<-chan struct{}, error) {
	if _, err := loadConfig(g); err != nil { // a bad file fails at start, not at the first tick
		return nil, err
	}
	return monitor.Schedule(ctx, spec, func(ctx context.Context) error {
		cfg, err := loadConfig(g) // read afresh each time, as a cron run would
		if err != nil {
			return err
		}
		_, err = runPipeline(ctx, g.DB, cfg, nil, 0, false)
		return err
	})
}
