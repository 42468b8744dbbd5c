package review

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// Users are the reviewers allowed to sign in: a file of "name:bcrypt-hash"
// lines, and the sessions of those signed in (in memory: a restart signs
// everyone out).
type Users struct {
	hashes map[string][]byte

	mu       sync.Mutex
	sessions map[string]session
}

type session struct {
	user    string
	expires time.Time
}

// sessionTTL is how long a sign-in lasts.
const sessionTTL = 12 * time.Hour

const cookieName = "trawl_session"

// LoadUsers reads a users file; a bad line is named by file and line.
func LoadUsers(path string) (*Users, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("review: users file: %w", err)
	}
	defer f.Close()
	u := &Users{hashes: map[string][]byte{}, sessions: map[string]session{}}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		name, hash, ok := strings.Cut(text, ":")
		if _, err := bcrypt.Cost([]byte(hash)); !ok || name == "" || err != nil {
			return nil, fmt.Errorf("review: %s:%d: want name:bcrypt-hash", path, line)
		}
		u.hashes[name] = []byte(hash)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("review: %s: %w", path, err)
	}
	if len(u.hashes) == 0 {
		return nil, fmt.Errorf("review: %s: no users (add one with trawl user add NAME)", path)
	}
	return u, nil
}

// AddUser sets name's password in the users file at path, creating it
// (mode 0600) when missing.
func AddUser(path, name, password string) error {
	if name == "" || strings.ContainsAny(name, ":\n") {
		return fmt.Errorf("review: user name %q: must be non-empty without ':'", name)
	}
	if len(password) < 8 {
		return fmt.Errorf("review: password for %s: at least 8 characters", name)
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return fmt.Errorf("review: hash password: %w", err)
	}
	var lines []string
	if old, err := os.ReadFile(path); err == nil {
		for _, l := range strings.Split(strings.TrimRight(string(old), "\n"), "\n") {
			if n, _, _ := strings.Cut(l, ":"); n != name && l != "" {
				lines = append(lines, l)
			}
		}
	} else if !os.IsNotExist(err) {
		return fmt.Errorf("review: users file: %w", err)
	}
	lines = append(lines, name+":"+string(hash))
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		return fmt.Errorf("review: users file: %w", err)
	}
	return nil
}

// check compares a password in constant time per user (bcrypt); unknown
// names cost the same, so timing does not tell names apart.
func (u *Users) check(name, password string) bool {
	hash, ok := u.hashes[name]
	if !ok {
		hash = dummyHash()
	}
	return bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil && ok
}

// dummyHash is made on first use: bcrypt at start-up would cost every
// command about 70 ms.
var dummyHash = sync.OnceValue(func() []byte {
	h, _ := bcrypt.GenerateFromPassword([]byte("not a password"), bcrypt.DefaultCost)
	return h
})

func (u *Users) start(name string) string {
	b := make([]byte, 32)
	rand.Read(b) //nolint:errcheck // crypto/rand never fails on Linux
	id := hex.EncodeToString(b)
	u.mu.Lock()
	defer u.mu.Unlock()
	u.sessions[id] = session{user: name, expires: time.Now().Add(sessionTTL)}
	return id
}

func (u *Users) session(r *http.Request) (string, bool) {
	c, err := r.Cookie(cookieName)
	if err != nil {
		return "", false
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	s, ok := u.sessions[c.Value]
	if !ok || time.Now().After(s.expires) {
		delete(u.sessions, c.Value)
		return "", false
	}
	return s.user, true
}

func (u *Users) end(r *http.Request) {
	if c, err := r.Cookie(cookieName); err == nil {
		u.mu.Lock()
		delete(u.sessions, c.Value)
		u.mu.Unlock()
	}
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, "login", map[string]any{"Failed": r.FormValue("failed") != ""})
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if s.opts.Users == nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	name := r.FormValue("name")
	if !s.opts.Users.check(name, r.FormValue("password")) {
		http.Redirect(w, r, "/login?failed=1", http.StatusSeeOther)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: cookieName, Value: s.opts.Users.start(name), Path: "/",
		HttpOnly: true, Secure: s.opts.Secure, SameSite: http.SameSiteStrictMode, MaxAge: int(sessionTTL.Seconds()),
	})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if s.opts.Users != nil {
		s.opts.Users.end(r)
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.opts.Secure})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
