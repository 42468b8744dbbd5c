// Package synth fills a database with synthetic articles and mentions for
// benchmarks (review pages, exports): realistic shapes, made-up names, no
// network and no annotator, stored through the storage package's Writer so
// every trigger and count the real pipeline maintains is maintained here too.
package synth

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/storage"
)

// Source is the source name synthetic articles are stored under.
const Source = "synth"

// batchSize is the Writer's transaction size: large, since nobody waits on
// single articles here.
const batchSize = 512

// Fill stores articles synthetic articles with mentionsPerArticle mentions
// each (one in ten a MONEY amount) into store. Entity popularity follows a
// Zipf law over about articles/4 entities per run, so the most mentioned
// entities have thousands of mentions, as in a real archive. The content is
// deterministic: the same arguments give the same database. Articles are
// keyed synth:N, so filling a database again stores nothing new.
func Fill(ctx context.Context, store *storage.Store, articles, mentionsPerArticle int) error {
	if articles < 0 || mentionsPerArticle < 0 {
		return fmt.Errorf("synth: negative size (%d articles, %d mentions each)", articles, mentionsPerArticle)
	}
	runID, err := store.StartRun(ctx, []string{Source})
	if err != nil {
		return err
	}
	g := newGenerator(articles)
	w := store.NewWriter(ctx, storage.WriterOptions{BatchSize: batchSize})
	// A bounded window of results keeps memory flat while the writer's
	// queue stays full.
	var window []<-chan storage.SaveResult
	var firstErr error
	drain := func(keep int) {
		for len(window) > keep {
			if r := <-window[0]; r.Err != nil && firstErr == nil {
				firstErr = r.Err
			}
			window = window[1:]
		}
	}
	for i := 0; i < articles && firstErr == nil; i++ {
		if err := ctx.Err(); err != nil {
			firstErr = err
			break
		}
		window = append(window, w.SaveArticle(g.article(i, mentionsPerArticle)))
		if len(window) >= 4*batchSize {
			drain(2 * batchSize)
		}
	}
	drain(0)
	if err := w.Close(); err != nil && firstErr == nil {
		firstErr = err
	}
	status := "ok"
	if firstErr != nil {
		status = "error"
	}
	summary := map[string]int{"articles": articles, "mentions_per_article": mentionsPerArticle}
	if err := store.FinishRun(context.WithoutCancel(ctx), runID, status, summary); err != nil && firstErr == nil {
		firstErr = err
	}
	if firstErr != nil {
		return fmt.Errorf("synth: fill %d articles: %w", articles, firstErr)
	}
	return nil
}

// name is one synthetic entity.
type name struct{ label, text string }

type generator struct {
	rng      *rand.Rand
	zipf     *rand.Zipf
	entities []name
	start    time.Time
}

var (
	syllables = []string{"ka", "ro", "vi", "na", "tel", "mar", "du", "sen", "bri", "ol", "zan", "pe", "gor", "li", "han", "tu", "mek", "sa", "ver", "qui"}
	orgEnds   = []string{"Defence Agency", "Ministry", "Aerospace", "Shipyards", "Institute", "Command", "Systems"}
	platforms = []string{"frigate", "drone", "fighter", "submarine", "radar", "missile", "helicopter"}
	topics    = []string{"maritime security", "joint exercise", "procurement", "border talks", "drone patrols", "cyber defence", "naval cooperation", "disaster relief"}
	verbs     = []string{"met", "praised", "signed a deal with", "inspected", "briefed", "welcomed", "criticised"}
	currency  = []struct {
		code, symbol string
		usd          float64
	}{{"INR", "Rs ", 0.012}, {"USD", "$", 1}, {"EUR", "€", 1.08}, {"JPY", "¥", 0.0067}}
	labels = []string{"PERSON", "ORG", "GPE", "PROGRAM", "PLATFORM", "LOC"}
)

func newGenerator(articles int) *generator {
	rng := rand.New(rand.NewPCG(7, 11))
	n := max(articles/4, 60)
	g := &generator{
		rng:   rng,
		zipf:  rand.NewZipf(rng, 1.07, 4, uint64(n-1)),
		start: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	seen := map[string]bool{}
	// Names grow by a syllable after repeated collisions, so any number of
	// distinct names can be drawn.
	extra, misses := 0, 0
	for len(g.entities) < n {
		e := g.newName(labels[len(g.entities)%len(labels)], extra)
		k := e.label + "\x00" + strings.ToLower(e.text)
		if seen[k] {
			if misses++; misses > 20 {
				extra, misses = extra+1, 0
			}
			continue
		}
		seen[k] = true
		g.entities = append(g.entities, e)
	}
	return g
}

func (g *generator) word(parts int) string {
	var b strings.Builder
	for range parts {
		b.WriteString(syllables[g.rng.IntN(len(syllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g *generator) newName(label string, extra int) name {
	var s string
	switch label {
	case "PERSON":
		s = g.word(2) + " " + g.word(3+extra)
	case "ORG":
		s = g.word(2+extra) + " " + orgEnds[g.rng.IntN(len(orgEnds))]
	case "GPE":
		s = g.word(3 + extra)
	case "LOC":
		s = g.word(2+extra) + " Sea"
	case "PROGRAM":
		s = "Project " + g.word(2+extra)
	case "PLATFORM":
		s = strings.ToUpper(g.word(1)[:2]) + "-" + strconv.Itoa(10+g.rng.IntN(90)) + " " + g.word(2+extra)
	}
	return name{label, s}
}

// article builds article i: sentences of filler with one or two mentions
// each, offsets tracked as bytes.
func (g *generator) article(i, mentions int) storage.ArticleRecord {
	var text strings.Builder
	var ents []extract.Entity
	add := func(label, s, canonical string) *extract.Entity {
		ents = append(ents, extract.Entity{Start: text.Len(), End: text.Len() + len(s), Label: label, Text: s, Canonical: canonical})
		text.WriteString(s)
		return &ents[len(ents)-1]
	}
	for len(ents) < mentions {
		if text.Len() > 0 {
			if len(ents)%6 == 0 {
				text.WriteString("\n\n")
			} else {
				text.WriteString(" ")
			}
		}
		e := g.entities[g.zipf.Uint64()]
		add(e.label, e.text, e.text)
		if len(ents) < mentions && len(ents)%10 == 9 {
			c := currency[g.rng.IntN(len(currency))]
			v := float64(1+g.rng.IntN(999)) * 1e6
			text.WriteString(" agreed a contract worth ")
			s := c.symbol + strconv.FormatFloat(v/1e6, 'f', 0, 64) + " million"
			m := add("MONEY", s, s)
			usd := v * c.usd
			m.Value, m.Currency, m.USD = &v, c.code, &usd
		} else if len(ents) < mentions {
			text.WriteString(" " + verbs[g.rng.IntN(len(verbs))] + " ")
			o := g.entities[g.zipf.Uint64()]
			add(o.label, o.text, o.text)
		}
		text.WriteString(" during talks on " + topics[g.rng.IntN(len(topics))] + " and the " + platforms[g.rng.IntN(len(platforms))] + " programme.")
	}
	day := g.start.AddDate(0, 0, g.rng.IntN(730))
	url := "https://synth.example/article/" + strconv.Itoa(i)
	return storage.ArticleRecord{
		PageKey: "synth:" + strconv.Itoa(i),
		Source:  Source,
		Article: extract.Article{
			URL:       url,
			Title:     "Synthetic report " + strconv.Itoa(i) + " on " + topics[i%len(topics)],
			Byline:    g.word(2) + " " + g.word(2),
			Published: day.Format(time.DateOnly),
			Lang:      "en",
			Text:      text.String(),
		},
		Entities:         ents,
		ExtractorVersion: "synth/1",
		ExtractedAt:      day,
	}
}
