package monitor

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/temoto/robotstxt"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/pipeline"
	"github.com/trawl/trawl/storage"
)

// Severity of a doctor finding.
const (
	OK   = "ok"
	Warn = "warn"
	Fail = "FAIL"
)

// Finding is one line of `trawl doctor`.
type Finding struct {
	Check    string `json:"check"`
	Severity string `json:"severity"`
	Detail   string `json:"detail"`
}

// DoctorOptions say what to check.
type DoctorOptions struct {
	Config    string            // the sources file
	DB        string            // the database file
	Transport http.RoundTripper // nil: the default
	Timeout   time.Duration     // per request; default 15s
	Offline   bool              // skip reaching the sources
}

// lowDisk is the free space under which doctor warns.
const lowDisk = 1 << 30

// Doctor checks the configuration, the database, the run lock and whether
// each source's first start URL answers, and says plainly what is wrong.
// It changes nothing: the database is opened read-only.
func Doctor(ctx context.Context, o DoctorOptions) []Finding {
	var out []Finding
	add := func(check, sev, format string, args ...any) {
		out = append(out, Finding{check, sev, fmt.Sprintf(format, args...)})
	}
	cfg, err := configs.LoadFile(o.Config)
	if err != nil {
		add("config", Fail, "%v", err) // names the file and line
	} else {
		add("config", OK, "%s: %d sources", o.Config, len(cfg.Sources))
	}

	h, err := storage.Inspect(ctx, o.DB)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		add("database", Warn, "%s does not exist yet; the first run creates it", o.DB)
	case err != nil:
		add("database", Fail, "%v", err)
	default:
		if h.Integrity != "ok" {
			add("database", Fail, "%s fails its integrity check: %s (restore a backup)", o.DB, h.Integrity)
		} else {
			add("database", OK, "%s: integrity ok, %s", o.DB, humanBytes(uint64(h.Size)))
		}
		switch {
		case h.Version > h.LatestVersion:
			add("schema", Fail, "migration %d applied, newer than this build's %d: run a newer trawl", h.Version, h.LatestVersion)
		case h.Version < h.LatestVersion:
			add("schema", Warn, "migration %d of %d: the next run or serve migrates it (back it up first)", h.Version, h.LatestVersion)
		default:
			add("schema", OK, "migration %d, current", h.Version)
		}
		if h.FreeDisk < lowDisk || h.FreeDisk < uint64(h.Size) {
			add("disk", Warn, "%s free beside the database (%s): a backup or VACUUM needs its size again", humanBytes(h.FreeDisk), humanBytes(uint64(h.Size)))
		} else {
			add("disk", OK, "%s free", humanBytes(h.FreeDisk))
		}
	}

	if release, err := pipeline.Lock(o.DB); err == nil {
		release()
		add("lock", OK, "free: no run in progress")
	} else if errors.Is(err, pipeline.ErrLocked) {
		pid, _ := os.ReadFile(o.DB + ".lock")
		add("lock", OK, "held: a run is in progress (pid %s)", strings.TrimSpace(string(pid)))
	} else {
		add("lock", Fail, "%v", err)
	}

	if cfg == nil || o.Offline {
		return out
	}
	client := &http.Client{Transport: o.Transport, Timeout: o.Timeout}
	if client.Timeout == 0 {
		client.Timeout = 15 * time.Second
	}
	unreachable := 0
	for _, src := range cfg.Sources {
		if len(src.Start) == 0 {
			continue
		}
		f, offline := reach(ctx, client, cfg.UserAgentString(), src.Start[0])
		f.Check = "source " + src.Name
		out = append(out, f)
		if offline {
			unreachable++
		}
	}
	if unreachable > 0 && unreachable == len(cfg.Sources) {
		add("network", Fail, "no source could be reached at all: this machine looks offline (or DNS is down)")
	}
	return out
}

// reach fetches a start URL as a run would (robots.txt first) and says how
// the site answered; offline reports that no answer came at all.
func reach(ctx context.Context, client *http.Client, ua, start string) (f Finding, offline bool) {
	u, err := url.Parse(start)
	if err != nil {
		return Finding{Severity: Fail, Detail: fmt.Sprintf("%s: %v", start, err)}, false
	}
	status, body, err := get(ctx, client, ua, u.Scheme+"://"+u.Host+"/robots.txt")
	if err != nil {
		return Finding{Severity: Fail, Detail: fmt.Sprintf("%s: no answer: %s", u.Host, netCause(err))}, true
	}
	if robots, err := robotstxt.FromStatusAndBytes(status, body); err == nil && !robots.TestAgent(u.RequestURI(), ua) {
		return Finding{Severity: Fail, Detail: fmt.Sprintf("%s: robots.txt disallows %s for our User-Agent", u.Host, u.RequestURI())}, false
	}
	status, _, err = get(ctx, client, ua, start)
	switch {
	case err != nil:
		return Finding{Severity: Fail, Detail: fmt.Sprintf("%s: no answer: %s", start, netCause(err))}, true
	case status == http.StatusForbidden:
		return Finding{Severity: Fail, Detail: fmt.Sprintf("%s: the site refuses us (403 Forbidden); it may block crawlers or our User-Agent", start)}, false
	case status == http.StatusTooManyRequests:
		return Finding{Severity: Warn, Detail: fmt.Sprintf("%s: the site asks us to slow down (429 Too Many Requests): raise delay", start)}, false
	case status >= 400:
		return Finding{Severity: Fail, Detail: fmt.Sprintf("%s: HTTP %d %s", start, status, http.StatusText(status))}, false
	}
	return Finding{Severity: OK, Detail: fmt.Sprintf("%s: HTTP %d", start, status)}, false
}

// get fetches a URL with trawl's User-Agent, reading at most 512 KiB.
func get(ctx context.Context, client *http.Client, ua, u string) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("User-Agent", ua)
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 512<<10))
	return resp.StatusCode, body, err
}

// netCause says in plain words why no answer came.
func netCause(err error) string {
	var dns *net.DNSError
	switch {
	case errors.As(err, &dns):
		return "the name does not resolve (offline, or DNS down): " + dns.Error()
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused (nothing listens there)"
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return "network unreachable (offline?)"
	case errors.Is(err, context.DeadlineExceeded), os.IsTimeout(err):
		return "timed out"
	}
	return err.Error()
}

func humanBytes(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
