package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
)

func newLogger(g Globals, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(g.LogLevel))
	opts := &slog.HandlerOptions{Level: level, ReplaceAttr: durationText}
	if g.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// durationText writes durations as "1.5s", not as JSON's bare nanoseconds.
func durationText(_ []string, a slog.Attr) slog.Attr {
	if a.Value.Kind() == slog.KindDuration {
		a.Value = slog.StringValue(a.Value.Duration().String())
	}
	return a
}

// logError writes the error that ends the command: a JSON record when the
// logs are JSON, so every line on stderr parses, else a plain line.
func logError(asJSON bool, err error, code int) {
	if !asJSON {
		fmt.Fprintln(os.Stderr, "trawl:", err)
		return
	}
	l := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	l.Error("trawl failed", "err", err.Error(), "exit_code", code)
}

// wantsJSONLogs spots --log-format json among arguments that failed to parse,
// so even a usage error is logged as asked.
func wantsJSONLogs(args []string) bool {
	i := slices.Index(args, "--log-format")
	return slices.Contains(args, "--log-format=json") || (i >= 0 && i+1 < len(args) && args[i+1] == "json")
}
