// Package monitor is what watches trawl running unattended: /healthz and
// Prometheus /metrics for `trawl serve`, the in-process crawl schedule, and
// the checks of `trawl doctor`. Figures are read from the database when
// asked for, so they count runs made by cron and systemd as well.
package monitor

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/trawl/trawl/storage"
)

// Mount registers GET /healthz and GET /metrics on mux. Neither needs the
// UI's authentication: they give counts, never content.
func Mount(mux *http.ServeMux, st *storage.Store) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		&collector{st: st})
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{ErrorLog: slogPrinter{}}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { healthz(w, r, st) })
}

// healthz answers 200 when the database answers, with the last run.
func healthz(w http.ResponseWriter, r *http.Request, st *storage.Store) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	runs, err := st.RunReports(ctx, 1)
	if err != nil {
		slog.Error("healthz: database does not answer", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		json.NewEncoder(w).Encode(map[string]string{"status": "error", "error": "database does not answer"}) //nolint:errcheck // the status says it
		return
	}
	body := map[string]any{"status": "ok"}
	if len(runs) == 1 {
		body["last_run"] = runs[0]
	}
	json.NewEncoder(w).Encode(body) //nolint:errcheck // nothing left to tell the client
}

type slogPrinter struct{}

func (slogPrinter) Println(v ...any) { slog.Error("metrics", "err", v) }

var (
	descPagesFetched = prometheus.NewDesc("trawl_pages_fetched_total", "Pages fetched with a body, over all runs.", nil, nil)
	descPages        = prometheus.NewDesc("trawl_pages", "Pages in the raw archive.", nil, nil)
	descArticles     = prometheus.NewDesc("trawl_articles", "Articles stored.", nil, nil)
	descEntities     = prometheus.NewDesc("trawl_entities", "Entities stored.", nil, nil)
	descMentions     = prometheus.NewDesc("trawl_mentions", "Mentions stored.", nil, nil)
	descErrors       = prometheus.NewDesc("trawl_page_errors_total", "Pages that failed, over all runs, by kind.", []string{"kind"}, nil)
	descRuns         = prometheus.NewDesc("trawl_runs_total", "Runs by final status.", []string{"status"}, nil)
	descLastStart    = prometheus.NewDesc("trawl_last_run_start_timestamp_seconds", "When the last run started.", nil, nil)
	descLastDuration = prometheus.NewDesc("trawl_last_run_duration_seconds", "How long the last run took (so far, while running).", nil, nil)
	descLastStatus   = prometheus.NewDesc("trawl_last_run_status", "1 for the last run's status (running, ok, source_failed, cancelled, error).", []string{"status"}, nil)
	descLastErrors   = prometheus.NewDesc("trawl_last_run_errors", "Pages that failed in the last run.", nil, nil)
	descLastOK       = prometheus.NewDesc("trawl_last_success_timestamp_seconds", "When the last run with status ok finished.", nil, nil)
	descUp           = prometheus.NewDesc("trawl_database_up", "1 when the database answered this scrape.", nil, nil)
)

// collector reads the gauges from the database on each scrape.
type collector struct{ st *storage.Store }

func (c *collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descPagesFetched, descPages, descArticles, descEntities, descMentions, descErrors,
		descRuns, descLastStart, descLastDuration, descLastStatus, descLastErrors, descLastOK, descUp} {
		ch <- d
	}
}

func (c *collector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	g, err := c.st.ReadGauges(ctx)
	if err != nil {
		slog.Error("metrics: database does not answer", "err", err)
		ch <- prometheus.MustNewConstMetric(descUp, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(descUp, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(descPagesFetched, prometheus.CounterValue, float64(g.PagesFetched))
	for d, v := range map[*prometheus.Desc]int64{descPages: g.Pages, descArticles: g.Articles, descEntities: g.Entities, descMentions: g.Mentions} {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, float64(v))
	}
	for kind, n := range g.ErrorsByKind {
		ch <- prometheus.MustNewConstMetric(descErrors, prometheus.CounterValue, float64(n), kind)
	}
	for status, n := range g.Runs {
		ch <- prometheus.MustNewConstMetric(descRuns, prometheus.CounterValue, float64(n), status)
	}
	if r := g.LastRun; r != nil {
		ch <- prometheus.MustNewConstMetric(descLastStart, prometheus.GaugeValue, float64(r.StartedAt.Unix()))
		ch <- prometheus.MustNewConstMetric(descLastDuration, prometheus.GaugeValue, r.Duration().Seconds())
		ch <- prometheus.MustNewConstMetric(descLastStatus, prometheus.GaugeValue, 1, r.Status)
		ch <- prometheus.MustNewConstMetric(descLastErrors, prometheus.GaugeValue, float64(r.Errors))
	}
	if !g.LastSuccessAt.IsZero() {
		ch <- prometheus.MustNewConstMetric(descLastOK, prometheus.GaugeValue, float64(g.LastSuccessAt.Unix()))
	}
}
