package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/trawl/trawl/export"
	"github.com/trawl/trawl/monitor"
	"github.com/trawl/trawl/review"
	"github.com/trawl/trawl/storage"
)

type serveCmd struct {
	Addr     string `help:"Address to listen on." default:"127.0.0.1:8080"`
	Reviewer string `help:"Name on decisions when nobody signs in (loopback only)." env:"USER" default:"reviewer"`
	Users    string `help:"Users file (trawl user add NAME); required on a non-loopback address." type:"path"`
	TLSCert  string `name:"tls-cert" help:"TLS certificate file (serve HTTPS)." type:"path"`
	TLSKey   string `name:"tls-key" help:"TLS key file." type:"path"`
	Schedule string `help:"Also crawl on this cron schedule (\"17 * * * *\", @hourly), in this process; never beside another run (the same lock as trawl run)." placeholder:"CRON"`
}

func (c *serveCmd) Run(g *Globals) error {
	host, _, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("serve: --addr %q: %w", c.Addr, err)}
	}
	ip := net.ParseIP(host)
	loopback := host == "localhost" || (ip != nil && ip.IsLoopback())
	var users *review.Users
	if c.Users != "" {
		if users, err = review.LoadUsers(c.Users); err != nil {
			return &exitError{code: exitUsage, err: err}
		}
	} else if !loopback {
		return &exitError{code: exitUsage, err: fmt.Errorf("serve: %s is not a loopback address: give --users FILE (trawl user add NAME)", c.Addr)}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := storage.Open(ctx, g.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	rd, err := storage.OpenReader(ctx, g.DB)
	if err != nil {
		return err
	}
	defer rd.Close()
	srv, err := review.New(review.Options{
		Store: st, Reader: rd, Reviewer: c.Reviewer, Users: users,
		// Off loopback the UI sits behind HTTPS (--tls-cert or a proxy), so
		// the session cookie is never sent in clear.
		Secure: !loopback || c.TLSCert != "",
		Export: export.Handler(st),
	})
	if err != nil {
		return err
	}
	// /healthz and /metrics answer without sign-in: counts, no content.
	mux := http.NewServeMux()
	monitor.Mount(mux, st)
	mux.Handle("/", srv)
	if c.Schedule != "" {
		done, err := scheduledRuns(ctx, g, c.Schedule)
		if err != nil {
			return &exitError{code: exitUsage, err: err}
		}
		defer func() { stop(); <-done }() // a crawl under way stops cleanly first
	}
	hs := &http.Server{Addr: c.Addr, Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(shut) //nolint:errcheck // exiting anyway
	}()
	slog.Info("serving", slog.String("url", "http://"+c.Addr+"/"), slog.String("db", g.DB))
	if c.TLSCert != "" {
		err = hs.ListenAndServeTLS(c.TLSCert, c.TLSKey)
	} else {
		err = hs.ListenAndServe()
	}
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
