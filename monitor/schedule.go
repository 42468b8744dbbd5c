package monitor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/robfig/cron/v3"

	"github.com/trawl/trawl/pipeline"
)

// Schedule runs job on a cron schedule (five fields, or descriptors such as
// "@hourly" and "@every 30m") until ctx ends, then waits for a job under way
// to stop (it gets the cancelled ctx). A tick that finds the previous job
// still running is skipped; a job that finds the run lock held by another
// process (a cron `trawl run`) is logged and skipped, so crawls never
// overlap. The returned channel closes once the scheduler has stopped.
func Schedule(ctx context.Context, spec string, job func(context.Context) error) (<-chan struct{}, error) {
	logger := cronLogger{}
	c := cron.New(cron.WithChain(cron.Recover(logger), cron.SkipIfStillRunning(logger)))
	_, err := c.AddFunc(spec, func() {
		if ctx.Err() != nil {
			return
		}
		slog.Info("scheduled run starting", "schedule", spec)
		err := job(ctx)
		switch {
		case errors.Is(err, pipeline.ErrLocked):
			slog.Warn("scheduled run skipped: another run holds the lock", "err", err)
		case err != nil:
			slog.Error("scheduled run failed", "err", err)
		default:
			slog.Info("scheduled run finished")
		}
	})
	if err != nil {
		return nil, fmt.Errorf("monitor: schedule %q: %w", spec, err)
	}
	c.Start()
	done := make(chan struct{})
	go func() {
		<-ctx.Done()
		<-c.Stop().Done()
		close(done)
	}()
	return done, nil
}

// cronLogger routes cron's own messages (skips, panics) to slog.
type cronLogger struct{}

func (cronLogger) Info(msg string, kv ...any) { slog.Debug("cron: "+msg, kv...) }
func (cronLogger) Error(err error, msg string, kv ...any) {
	slog.Error("cron: "+msg, append(kv, "err", err)...)
}
