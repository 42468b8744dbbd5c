package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Start-up (issue 9, item 6). go-htmldate, which go-trafilatura imports,
// links go-dateparser, whose locale tables took about 0.3 s and 95 MB in
// package init in every command; go.mod replaces it with the copy in
// third_party/go-dateparser, which builds them on first use.
// testdata/initcost links only go-htmldate: the floor trawl is measured
// against in the same run, now little more than starting a process.

const oneSentence = "The Ministry of Defence signed a Rs 62,370 crore contract with HAL.\n"

// startupBins builds the default trawl binary (without the prose peer that
// TestMain's binary carries) and the floor, once.
var startupBins = sync.OnceValues(func() ([2]string, error) {
	dir, err := os.MkdirTemp("", "trawl-startup")
	if err != nil {
		return [2]string{}, err
	}
	bins := [2]string{filepath.Join(dir, "trawl"), filepath.Join(dir, "initcost")}
	for i, pkg := range []string{".", "./testdata/initcost"} {
		if out, err := exec.Command("go", "build", "-o", bins[i], pkg).CombinedOutput(); err != nil {
			return bins, fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	return bins, nil
})

// runOnce runs bin and returns its wall time, CPU time (user + system) and
// peak resident set in MB (0 off Linux).
func runOnce(tb testing.TB, stdin string, bin string, args ...string) (wall, cpu time.Duration, rssMB float64) {
	tb.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		tb.Fatalf("%s %v: %v", bin, args, err)
	}
	peak := watchPeakRSS(cmd.Process.Pid)
	if err := cmd.Wait(); err != nil {
		tb.Fatalf("%s %v: %v\n%s", bin, args, err, out.Bytes())
	}
	wall = time.Since(t0)
	rssMB, _ = peak()
	return wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), rssMB
}

// startCmd is one command line whose start-up is measured.
type startCmd struct {
	stdin, bin string
	args       []string
}

// startTimes are a command's lowest wall and CPU times and highest peak RSS.
type startTimes struct {
	wall, cpu time.Duration
	rssMB     float64
}

// bestOfEach runs the commands n rounds, one of each in turn, and keeps
// each one's lowest times: the machine's other work only ever adds, and
// taking turns lets a change in that work fall on every command alike (in
// blocks, a floor measured in a quiet minute made the others look slow).
func bestOfEach(tb testing.TB, n int, cmds ...startCmd) []startTimes {
	best := make([]startTimes, len(cmds))
	for i := range n {
		for k, c := range cmds {
			w, cpu, r := runOnce(tb, c.stdin, c.bin, c.args...)
			b := &best[k]
			if i == 0 || w < b.wall {
				b.wall = w
			}
			if i == 0 || cpu < b.cpu {
				b.cpu = cpu
			}
			b.rssMB = max(b.rssMB, r)
		}
	}
	return best
}

// TestStartup_LittleAboveTheFloor holds trawl's own start-up: --help at
// most 70 ms of CPU and one-sentence annotate at most 250 ms above the
// floor, on a machine where the floor takes floorQuiet of CPU (measured
// there: 50 and 183 ms; the issue aims at 50 and 150, see README,
// "Start-up"). A slower or busier machine stretches every CPU time alike,
// so the bounds grow with the floor measured in the same run (the ratio
// is what is held).
func TestStartup_LittleAboveTheFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test; run without -short")
	}
	bins, err := startupBins()
	if err != nil {
		t.Fatal(err)
	}
	trawl, floor := bins[0], bins[1]
	b := bestOfEach(t, 5, startCmd{bin: floor}, startCmd{bin: trawl, args: []string{"--help"}}, startCmd{stdin: oneSentence, bin: trawl, args: []string{"annotate"}})
	fc, hc, ac := b[0].cpu, b[1].cpu, b[2].cpu
	t.Logf("floor (links go-htmldate only): %v wall, %v CPU, %.0f MB", b[0].wall, fc, b[0].rssMB)
	t.Logf("trawl --help: %v wall, %v CPU, %.0f MB", b[1].wall, hc, b[1].rssMB)
	t.Logf("trawl annotate (one sentence): %v wall, %v CPU, %.0f MB", b[2].wall, ac, b[2].rssMB)
	scale := max(1, float64(fc)/float64(floorQuiet))
	if d, most := hc-fc, time.Duration(scale*float64(70*time.Millisecond)); d > most {
		t.Errorf("--help takes %v of CPU above the floor, want ≤ %v (70 ms ×%.2f, the floor's slowness)", d, most, scale)
	}
	if d, most := ac-fc, time.Duration(scale*float64(250*time.Millisecond)); d > most {
		t.Errorf("one-sentence annotate takes %v of CPU above the floor, want ≤ %v (250 ms ×%.2f, the floor's slowness)", d, most, scale)
	}
}

// floorQuiet is the floor's CPU time on the quiet 2-core machine.
const floorQuiet = 12 * time.Millisecond

// TestStartup_InitAllocations holds what package initialisation costs
// every command, counted by the runtime (GODEBUG=inittrace=1) rather than
// timed: about 5.5 MB in all, where go-dateparser's locale tables alone
// allocated 95 MB before the lazy copy, and DOM Distiller's range tables
// and gomoji's emoji map 2.7 MB before theirs (third_party/lazy-modules.sh).
func TestStartup_InitAllocations(t *testing.T) {
	bins, err := startupBins()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bins[0], "--help")
	// One P: with two, each P's cache of spans counts as heap, so whether
	// the first collection starts (at about 3.6 MB) varies from run to run
	// by a few hundred KB; on one the count is the allocations alone.
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1,gctrace=1", "GOMAXPROCS=1")
	var trace bytes.Buffer
	cmd.Stderr = &trace
	if err := cmd.Run(); err != nil {
		t.Fatalf("trawl --help: %v\n%s", err, trace.Bytes())
	}
	// The heap stays under the collector's first goal (4 MB) on one P: a
	// collection at start-up cost --help about 3 ms of CPU and a pause.
	if _, gc, ok := strings.Cut("\n"+trace.String(), "\ngc 1 @"); ok {
		t.Errorf("the collector ran during --help: gc 1 @%s", strings.SplitN(gc, "\n", 2)[0])
	}
	// 0.3 MB over today's total (2.2 MB), so that a lazy copy's replace
	// taken out (whatlanggo's profiles 0.35 MB, colly's App Engine 0.85
	// MB, gomoji's map 1 MB) fails it; a package at most 1 MB, so that
	// extract's cue sets read at start again (2 MB) fail it
	const most, mostOne = 2560 << 10, 1024 << 10
	total, lines := 0, 0
	for line := range strings.Lines(trace.String()) {
		// init <package> @0.36 ms, 0.32 ms clock, <bytes> bytes, <n> allocs
		f := strings.Fields(line)
		if len(f) < 9 || f[0] != "init" || f[8] != "bytes," {
			continue
		}
		n, err := strconv.Atoi(f[7])
		if err != nil {
			t.Fatalf("inittrace line %q: %v", line, err)
		}
		lines++
		total += n
		if n > mostOne {
			t.Errorf("package %s allocates %.1f MB in init, want ≤ %.1f MB", f[1], float64(n)/(1<<20), float64(mostOne)/(1<<20))
		}
	}
	if lines == 0 {
		t.Fatalf("no inittrace lines in trawl --help's output:\n%s", trace.Bytes())
	}
	t.Logf("package init: %.1f MB in %d packages", float64(total)/(1<<20), lines)
	if total > most {
		t.Errorf("package init allocates %.1f MB in all, want ≤ %.2f MB", float64(total)/(1<<20), float64(most)/(1<<20))
	}
}

// BenchmarkStartup reports wall time per start and peak RSS of --help and
// one-sentence annotate, beside the floor binary in the same run.
func BenchmarkStartup(b *testing.B) {
	bins, err := startupBins()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name, stdin, bin string
		args             []string
	}{
		{"baseline=links-go-htmldate-only", "", bins[1], nil},
		{"help", "", bins[0], []string{"--help"}},
		{"annotate-one-sentence", oneSentence, bins[0], []string{"annotate"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var rss float64
			for b.Loop() {
				_, _, r := runOnce(b, c.stdin, c.bin, c.args...)
				rss = max(rss, r)
			}
			b.ReportMetric(rss, "MB-peak-RSS")
		})
	}
}
