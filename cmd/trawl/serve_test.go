package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// chromium finds the browser for the end-to-end tests. Without one they
// skip, unless TRAWL_REQUIRE_BROWSER is set (CI sets it), where they fail.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("TRAWL_REQUIRE_BROWSER") != "" {
		t.Fatal("no chromium on PATH and TRAWL_REQUIRE_BROWSER is set: install chromium (apt-get install chromium)")
	}
	t.Skip("no chromium on PATH: install it (apt-get install chromium) to run the browser tests")
	return ""
}

// serveDemo crawls the sample sites into a new database and starts
// `trawl serve` on it; it returns the database and the base URL.
func serveDemo(t *testing.T) (string, string) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "serve.db")
	if r := runTrawl(t, "demo", "--db", db); r.code != 0 {
		t.Fatalf("demo exit %d: %s", r.code, r.stderr)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(trawlBin, "serve", "--db", db, "--addr", addr, "--reviewer", "e2e")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt) //nolint:errcheck // it may have exited
		cmd.Wait()                       //nolint:errcheck // killed on purpose
	})
	base := "http://" + addr
	for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get(base + "/static/review.css"); err == nil {
			res.Body.Close()
			break
		}
		if time.Since(start) > 20*time.Second {
			t.Fatal("trawl serve did not answer within 20 s")
		}
	}
	return db, base
}

func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.Flag("headless", true), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// screenshot saves a PNG of the window under TRAWL_SCREENSHOTS (the README's
// pictures: TRAWL_SCREENSHOTS=$PWD/docs), else in the test's temp dir.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("TRAWL_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// setInput sets the value of the dialog's input box.
func setInput(v string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		q, _ := json.Marshal(v)
		_, err := chromedp.Evaluate[bool](`(document.getElementById('ask-input').value = `+string(q)+`, true)`)(ctx, t)
		return chromedp.Void{}, err
	}
}

// until waits (up to 10 s) for a JavaScript expression to be true.
func until(expr string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(10*time.Second))(ctx, t)
		return chromedp.Void{}, err
	}
}

func queryOne(t *testing.T, h *sql.DB, q string, args ...any) string {
	t.Helper()
	var s string
	if err := h.QueryRow(q, args...).Scan(&s); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return s
}

// TestServe_BrowserKeyboardReview reviews three entities of the crawled
// sample sites by keyboard in headless Chromium (accept, merge, reject),
// undoes the reject, and checks the page and the database.
func TestServe_BrowserKeyboardReview(t *testing.T) {
	ctx := browser(t)
	db, base := serveDemo(t)
	h := openDB(t, db)

	current := func() (id, label, name string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.WaitVisible(`.item.current`)); err != nil {
			t.Fatal(err)
		}
		attrs, err := chromedp.Run(ctx, chromedp.Attributes(`.item.current`))
		if err != nil {
			t.Fatal(err)
		}
		return attrs["data-id"], attrs["data-label"], attrs["data-name"]
	}
	gone := func(id string) chromedp.Action[chromedp.Void] {
		return until(fmt.Sprintf(`!document.querySelector('.item[data-id="%s"]')`, id))
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx, "review-queue.png")

	// a: accept the first entity.
	accepted, _, _ := current()
	if err := chromedp.Do(ctx, chromedp.KeyEvent("a"), gone(accepted)); err != nil {
		t.Fatalf("accept by key: %v", err)
	}
	// m: merge the next one into another entity of its label, picked by
	// typing its name in the merge box.
	merged, label, _ := current()
	var intoID, intoName string
	if err := h.QueryRow(`SELECT id, canonical FROM entities WHERE label = ? AND id != ? AND id != ? ORDER BY mentions DESC LIMIT 1`,
		label, merged, accepted).Scan(&intoID, &intoName); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.KeyEvent("m"),
		chromedp.WaitVisible(`#ask-input`),
		// CDP sends a key's character as an event of its own, which the
		// keydown's preventDefault cannot stop as it does in a browser
		// driven by a keyboard: clear what it typed.
		setInput(""),
		chromedp.SendKeys(`#ask-input`, intoName[:min(3, len(intoName))]),
		until(`document.querySelectorAll('#ask-list option').length > 0`),
		setInput(intoName+" #"+intoID),
		chromedp.SendKeys(`#ask-input`, kb.Enter),
		gone(merged),
	); err != nil {
		dbg, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('ask-input').value + ' | open=' + document.getElementById('ask').open + ' | ' + document.getElementById('status').textContent + ' | opts=' + document.querySelectorAll('#ask-list option').length`))
		t.Fatalf("merge by key (%s into %s #%s): %v; page: %s", merged, intoName, intoID, err, dbg)
	}
	// r: reject the next one, then u: undo that.
	rejected, _, _ := current()
	if err := chromedp.Do(ctx, chromedp.KeyEvent("r"), gone(rejected)); err != nil {
		t.Fatalf("reject by key: %v", err)
	}
	if got := queryOne(t, h, `SELECT status FROM entities WHERE id = ?`, rejected); got != "rejected" {
		t.Fatalf("after r: status %s, want rejected", got)
	}
	if err := chromedp.Do(ctx,
		chromedp.KeyEvent("u"),
		chromedp.WaitVisible(fmt.Sprintf(`.item[data-id="%s"]`, rejected)),
	); err != nil {
		t.Fatalf("undo by key: %v", err)
	}

	// The page: the undone entity is back in the queue, the other two are not.
	html, err := chromedp.Run(ctx, chromedp.OuterHTML(`#queue`))
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]bool{accepted: false, merged: false, rejected: true} {
		if got := strings.Contains(html, `data-id="`+id+`"`); got != want {
			t.Errorf("entity %s in the queue: %v, want %v", id, got, want)
		}
	}
	// The database.
	for q, want := range map[string]string{
		`SELECT status FROM entities WHERE id = ` + accepted:                             "accepted",
		`SELECT count(*) FROM entities WHERE id = ` + merged:                             "0",
		`SELECT status FROM entities WHERE id = ` + rejected:                             "pending",
		`SELECT group_concat(action, ',') FROM reviews WHERE reviewer = 'e2e'`:           "accept,merge,reject,undo",
		`SELECT count(*) FROM reviews WHERE action = 'reject' AND undone_by IS NOT NULL`: "1",
	} {
		if got := queryOne(t, h, q); got != want {
			t.Errorf("%s: %s, want %s", q, got, want)
		}
	}

	// The accepted entity, and an article of it, for the README.
	var article string
	if err := h.QueryRow(`SELECT article_id FROM mentions WHERE entity_id = ? ORDER BY article_id LIMIT 1`, accepted).Scan(&article); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/entity/"+accepted), chromedp.WaitVisible(`svg.chart`)); err != nil {
		t.Fatal(err)
	}
	svg, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('svg.chart rect').length`))
	if err != nil {
		t.Fatal(err)
	}
	if svg == 0 {
		t.Error("entity page chart has no bars")
	}
	screenshot(t, ctx, "review-entity.png")
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/article/"+article), chromedp.WaitVisible(`.text`)); err != nil {
		t.Fatal(err)
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('.text a.m').length`))
	if err != nil {
		t.Fatal(err)
	}
	if marks == 0 {
		t.Error("article page highlights no mention")
	}
	screenshot(t, ctx, "review-article.png")

	// s on the article: select a mention and the word after it, and the
	// mention takes the selection as its span.
	picked, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
		for (const a of document.querySelectorAll('.text a.m')) {
			const next = a.nextSibling;
			if (!next || next.nodeType !== 3) continue;
			const m = next.data.match(/^ [A-Za-z]+/);
			if (!m) continue;
			const r = document.createRange();
			r.setStart(a.firstChild, 0);
			r.setEnd(next, m[0].length);
			getSelection().removeAllRanges();
			getSelection().addRange(r);
			return [a.dataset.mention, a.textContent + m[0]];
		}
		return [];
	})()`))
	if err != nil || len(picked) != 2 {
		t.Fatalf("no mention followed by a word on article %s (%v)", article, err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("s")); err != nil {
		t.Fatalf("fix span by key: %v", err)
	}
	var got string
	for start := time.Now(); time.Since(start) < 10*time.Second; time.Sleep(100 * time.Millisecond) {
		if h.QueryRow(`SELECT text FROM mentions WHERE id = ?`, picked[0]).Scan(&got); got == picked[1] {
			break
		}
	}
	if got != picked[1] {
		t.Errorf("mention %s after s: %q, want %q", picked[0], got, picked[1])
	}
	if n := queryOne(t, h, `SELECT count(*) FROM reviews WHERE action = 'fix-span' AND reviewer = 'e2e'`); n != "1" {
		t.Errorf("%s fix-span decisions logged, want 1", n)
	}
}

func TestServe_NonLoopbackNeedsUsers(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	r := runTrawl(t, "serve", "--db", db, "--addr", "0.0.0.0:0")
	if r.code != exitUsage || !strings.Contains(r.stderr, "--users") {
		t.Errorf("serve on 0.0.0.0 without users: exit %d, %q; want 2 naming --users", r.code, r.stderr)
	}
}

func TestUser_AddWritesABcryptHash(t *testing.T) {
	users := filepath.Join(t.TempDir(), "users")
	for _, pw := range []string{"first password", "second password"} {
		cmd := exec.Command(trawlBin, "user", "add", "bea", "--users", users)
		cmd.Stdin = strings.NewReader(pw + "\n")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("user add: %v: %s", err, out)
		}
	}
	b, err := os.ReadFile(users)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "bea:$2") || strings.Contains(string(b), "password") {
		t.Errorf("users file %q: want one bcrypt line for bea, no password in clear", b)
	}
	if fi, err := os.Stat(users); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("users file mode %v, want 0600", fi.Mode().Perm())
	}
	cmd := exec.Command(trawlBin, "user", "add", "bea", "--users", users)
	cmd.Stdin = strings.NewReader("short\n")
	if err := cmd.Run(); err == nil {
		t.Error("a 5-character password was accepted")
	}
}
