// Package review is the analysts' web UI (trawl serve): the review queue,
// entity, article, money, search and runs pages, and the decisions, which it
// hands to storage. Pages are server-rendered with html/template, so scraped
// text is escaped everywhere; a little JavaScript (static/review.js, no
// inline script) adds the keyboard.
package review

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/storage"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configure a Server.
type Options struct {
	Store    *storage.Store  // decisions
	Reader   *storage.Reader // pages
	Reviewer string          // the name on decisions when nobody signs in
	Users    *Users          // nil: no sign-in (loopback only)
	Secure   bool            // cookies only over HTTPS
	Logger   *slog.Logger
	// Export, when set, serves GET /export/ (export.Handler) behind the
	// same sign-in; a tool without cookies may send the user's name and
	// password as HTTP Basic authentication there.
	Export http.Handler
}

// Server serves the UI.
type Server struct {
	opts  Options
	pages map[string]*template.Template
	mux   *http.ServeMux
	log   *slog.Logger
}

// New builds the server and its routes.
func New(opts Options) (*Server, error) {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	s := &Server{opts: opts, pages: map[string]*template.Template{}, mux: http.NewServeMux(), log: opts.Logger}
	for _, p := range []string{"queue", "entity", "article", "money", "search", "runs", "login"} {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+p+".html")
		if err != nil {
			return nil, fmt.Errorf("review: template %s: %w", p, err)
		}
		s.pages[p] = t
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /login", s.loginPage)
	s.mux.HandleFunc("POST /login", s.login)
	s.mux.HandleFunc("POST /logout", s.logout)
	s.mux.HandleFunc("GET /{$}", s.queue)
	s.mux.HandleFunc("GET /entity/{id}", s.entity)
	s.mux.HandleFunc("GET /article/{id}", s.article)
	s.mux.HandleFunc("GET /money", s.money)
	s.mux.HandleFunc("GET /search", s.search)
	s.mux.HandleFunc("GET /entities.json", s.entitiesJSON)
	s.mux.HandleFunc("GET /runs", s.runs)
	s.mux.HandleFunc("POST /entity/{id}/{action}", s.decideEntity)
	s.mux.HandleFunc("POST /mention/{id}/{action}", s.decideMention)
	s.mux.HandleFunc("POST /undo", s.undo)
	if opts.Export != nil {
		s.mux.Handle("GET /export/", opts.Export)
	}
	return s, nil
}

// ServeHTTP adds the security headers, cross-origin protection for every
// state-changing request, and sign-in when users are configured.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	if err := crossOrigin.Check(r); err != nil {
		http.Error(w, "cross-origin request refused", http.StatusForbidden)
		return
	}
	if s.opts.Users != nil && r.URL.Path != "/login" && !isStatic(r) {
		if _, ok := s.opts.Users.session(r); !ok && !s.exportBasicAuth(r) {
			if r.Method == http.MethodGet {
				http.Redirect(w, r, "/login", http.StatusSeeOther)
			} else {
				http.Error(w, "sign in first", http.StatusUnauthorized)
			}
			return
		}
	}
	s.mux.ServeHTTP(w, r)
}

// exportBasicAuth accepts a download from /export/ with a user's name and
// password as HTTP Basic authentication: spreadsheets' web queries and
// notebooks pull exports without a browser's sign-in.
func (s *Server) exportBasicAuth(r *http.Request) bool {
	name, password, ok := r.BasicAuth()
	return ok && s.opts.Export != nil && strings.HasPrefix(r.URL.Path, "/export/") && s.opts.Users.check(name, password)
}

// crossOrigin refuses non-safe requests a browser marks as cross-site (Fetch
// metadata, else Origin against Host): the CSRF protection.
var crossOrigin = http.NewCrossOriginProtection()

func isStatic(r *http.Request) bool {
	return len(r.URL.Path) > 8 && r.URL.Path[:8] == "/static/"
}

// reviewer is who decides: the signed-in user, else --reviewer.
func (s *Server) reviewer(r *http.Request) string {
	if s.opts.Users != nil {
		if u, ok := s.opts.Users.session(r); ok {
			return u
		}
	}
	return s.opts.Reviewer
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, page string, data map[string]any) {
	data["Reviewer"] = s.reviewer(r)
	data["Page"] = page
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.pages[page].Execute(w, data); err != nil {
		s.log.Error("render", slog.String("page", page), slog.Any("err", err))
	}
}

// fail answers an error: not found for ErrNotFound, else 500, logged.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, storage.ErrNotFound):
		http.Error(w, "not found", http.StatusNotFound)
	case errors.Is(err, storage.ErrConflict), errors.Is(err, storage.ErrNothingToUndo):
		http.Error(w, err.Error(), http.StatusConflict)
	case errors.Is(err, context.Canceled):
	default:
		s.log.Error("request", slog.String("path", r.URL.Path), slog.Any("err", err))
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("review: id %q: %w", r.PathValue("id"), storage.ErrNotFound)
	}
	return id, nil
}

func intParam(r *http.Request, name string) int {
	n, _ := strconv.Atoi(r.FormValue(name))
	return max(n, 0)
}

var funcs = template.FuncMap{
	"labels": func() []string { return extract.Labels },
	"add":    func(a, b int) int { return a + b },
	"date": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("2006-01-02 15:04")
	},
	"dur": func(a, b time.Time) string {
		if a.IsZero() || b.IsZero() {
			return ""
		}
		return b.Sub(a).Round(time.Second).String()
	},
	"num": func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) },
}
