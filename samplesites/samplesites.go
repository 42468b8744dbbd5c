// Package samplesites serves the bundled offline copies of the PIB and FORUM
// sites (shared/corpus/sites) on loopback. `trawl demo` uses it, and so do the
// tests of every stage that needs a real HTTP server.
package samplesites

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io/fs"
	"net"
	"net/http"
	"path"
	"sort"
	"strings"
	"sync"
	"time"
)

//go:embed sites
var embedded embed.FS

// Names lists the bundled sites.
func Names() []string { return []string{"forum", "pib"} }

// Route is one entry of a site's manifest.json.
type Route struct {
	Path        string `json:"path"`
	File        string `json:"file"`
	ContentType string `json:"content_type"`
	Status      int    `json:"status,omitempty"`
	Location    string `json:"location,omitempty"`
	Gold        string `json:"gold,omitempty"`
}

// Site is a manifest with the files it names.
type Site struct {
	Name    string  `json:"site"`
	BaseURL string  `json:"base_url"`
	Routes  []Route `json:"routes"`
	files   fs.FS
}

// Load reads a bundled site by name ("forum", "pib").
func Load(name string) (*Site, error) {
	sub, err := fs.Sub(embedded, path.Join("sites", name))
	if err != nil {
		return nil, fmt.Errorf("samplesites: %s: %w", name, err)
	}
	return LoadFS(sub)
}

// LoadFS reads a site from a folder holding manifest.json.
func LoadFS(fsys fs.FS) (*Site, error) {
	b, err := fs.ReadFile(fsys, "manifest.json")
	if err != nil {
		return nil, fmt.Errorf("samplesites: %w", err)
	}
	var s Site
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("samplesites: manifest.json: %w", err)
	}
	s.files = fsys
	return &s, nil
}

// File returns the raw bytes of a route's file, as stored (base URL not rewritten).
func (s *Site) File(r Route) ([]byte, error) {
	return fs.ReadFile(s.files, r.File)
}

// Request is one request a Server received.
type Request struct {
	Method string
	Path   string // path with query, as sent
	Header http.Header
	At     time.Time
}

// Server answers a site's routes on a loopback port, rewriting base_url to its
// own address in every body, and records every request it gets.
type Server struct {
	URL  string
	site *Site
	srv  *http.Server

	// Validators makes the server send ETag and Last-Modified and answer
	// conditional requests with 304. Set it before requests arrive.
	Validators bool

	mu       sync.Mutex
	routes   map[string]Route
	bodies   map[string][]byte // overrides and added routes, already rewritten
	requests []Request
}

// Serve starts a server for site on 127.0.0.1 on a free port.
func Serve(site *Site) (*Server, error) { return ServeOn(site, "") }

// ServeOn starts a server for site on addr (empty: 127.0.0.1, a free port).
func ServeOn(site *Site, addr string) (*Server, error) {
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("samplesites: listen %s: %w", addr, err)
	}
	s := &Server{
		URL:    "http://" + ln.Addr().String(),
		site:   site,
		routes: make(map[string]Route, len(site.Routes)),
		bodies: map[string][]byte{},
	}
	for _, r := range site.Routes {
		s.routes[r.Path] = r
	}
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(ln) //nolint:errcheck // ends with Close
	return s, nil
}

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }

// Site returns the site being served.
func (s *Server) Site() *Site { return s.site }

// Rewrite replaces the site's base URL with the server's address.
func (s *Server) Rewrite(b []byte) []byte {
	return bytes.ReplaceAll(b, []byte(s.site.BaseURL), []byte(s.URL))
}

// Set adds or replaces a route with the given body (base URL rewritten).
func (s *Server) Set(r Route, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes[r.Path] = r
	s.bodies[r.Path] = s.Rewrite(body)
}

// Requests returns a copy of the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Requested reports how many times path (with query) was requested.
func (s *Server) Requested(p string) int {
	n := 0
	for _, r := range s.Requests() {
		if r.Path == p {
			n++
		}
	}
	return n
}

// Paths lists the distinct request paths, sorted.
func (s *Server) Paths() []string {
	seen := map[string]bool{}
	for _, r := range s.Requests() {
		seen[r.Path] = true
	}
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// lastModified is a fixed validator date: the sample files never change.
var lastModified = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func (s *Server) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	p := req.URL.RequestURI()
	s.mu.Lock()
	s.requests = append(s.requests, Request{Method: req.Method, Path: p, Header: req.Header.Clone(), At: time.Now()})
	r, ok := s.routes[p]
	body, override := s.bodies[p]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, req)
		return
	}
	if !override {
		raw, err := s.site.File(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		body = s.Rewrite(raw)
	}
	w.Header().Set("Content-Type", r.ContentType)
	if r.Location != "" {
		loc := r.Location
		if strings.HasPrefix(loc, "/") {
			loc = s.URL + loc
		}
		w.Header().Set("Location", loc)
	}
	status := r.Status
	if status == 0 {
		status = http.StatusOK
	}
	if s.Validators && status == http.StatusOK {
		h := fnv.New64a()
		h.Write(body)
		etag := fmt.Sprintf(`"%x"`, h.Sum64())
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastModified.Format(http.TimeFormat))
		if inm := req.Header.Get("If-None-Match"); inm != "" {
			if inm == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		} else if ims := req.Header.Get("If-Modified-Since"); ims != "" {
			if t, err := http.ParseTime(ims); err == nil && !lastModified.After(t) {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
	}
	w.WriteHeader(status)
	if req.Method != http.MethodHead {
		w.Write(body) //nolint:errcheck // client gone
	}
}

// GoldRoutes returns the routes whose pages carry a gold article.
func (s *Site) GoldRoutes() []Route {
	var out []Route
	for _, r := range s.Routes {
		if r.Gold != "" {
			out = append(out, r)
		}
	}
	return out
}

// Servers are the bundled sites being served, by name.
type Servers map[string]*Server

// ServeAll serves every bundled site on loopback: at addrs[name] when given
// and free, else on any free port.
func ServeAll(addrs map[string]string) (Servers, error) {
	all := Servers{}
	for _, name := range Names() {
		site, err := Load(name)
		if err != nil {
			all.Close()
			return nil, err
		}
		srv, err := ServeOn(site, addrs[name])
		if err != nil && addrs[name] != "" {
			srv, err = Serve(site)
		}
		if err != nil {
			all.Close()
			return nil, err
		}
		all[name] = srv
	}
	return all, nil
}

// Close stops every server.
func (s Servers) Close() {
	for _, srv := range s {
		srv.Close()
	}
}

// SourcesYAML is the sources file a user would write for the served sites:
// a wordpress source for FORUM and a pib source for PIB, named with prefix,
// with the given per-host delay and the sites' own rules.
func (s Servers) SourcesYAML(prefix, delay string) string {
	return strings.NewReplacer("FORUM", s["forum"].URL, "PIB", s["pib"].URL, "PREFIX", prefix, "DELAY", delay).Replace(`
sources:
  - name: PREFIXforum
    kind: wordpress
    start: [FORUM/feed/, FORUM/sitemap.xml, FORUM/category/features/]
    delay: DELAY
    rules: forum
  - name: PREFIXpib
    kind: pib
    start: ["PIB/RssMain.aspx?ModId=6&Lang=1&Regid=3", PIB/allRel.aspx]
    delay: DELAY
    retries: 1
    rules: pib
`)
}

// Page is one gold article page of a bundled site, as stored (its links
// still on the site's base URL).
type Page struct {
	Site        string
	URL         string // the page's address on the real site
	ContentType string
	Body        []byte
	Gold        string // the gold article's id
}

// GoldPages returns the gold article pages of every bundled site.
func GoldPages() ([]Page, error) {
	var out []Page
	for _, name := range Names() {
		site, err := Load(name)
		if err != nil {
			return nil, err
		}
		for _, r := range site.GoldRoutes() {
			b, err := site.File(r)
			if err != nil {
				return nil, fmt.Errorf("samplesites: %s: %w", name, err)
			}
			out = append(out, Page{Site: name, URL: site.BaseURL + r.Path, ContentType: r.ContentType, Body: b, Gold: r.Gold})
		}
	}
	return out, nil
}
