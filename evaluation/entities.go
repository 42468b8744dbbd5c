package evaluation

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/jdkato/prose/v3/segment"

	"github.com/trawl/trawl/extract"
)

// MoneyTolerance is the relative error under which a predicted amount counts
// as the gold one (GUIDELINES.md, "Scoring").
const MoneyTolerance = 0.005

// Doc is one article's text with its gold and predicted entities.
type Doc struct {
	ID   string
	Text string
	Gold []extract.Entity
	Pred []extract.Entity
}

// ScoreOptions narrow what is scored, like score.py's --map and --labels.
type ScoreOptions struct {
	// Map relabels predictions before scoring; a label mapped to "" is
	// dropped.
	Map map[string]string
	// Labels, when not empty, keeps only these labels on both sides.
	Labels []string
}

// Ratio is a share whose denominator may be zero; then it has no value.
type Ratio struct{ Num, Den int }

// Value is Num/Den, NaN when Den is zero.
func (r Ratio) Value() float64 {
	if r.Den == 0 {
		return math.NaN()
	}
	return float64(r.Num) / float64(r.Den)
}

// Defined reports whether the ratio has a value.
func (r Ratio) Defined() bool { return r.Den != 0 }

// MarshalJSON writes the value, or null when there is none.
func (r Ratio) MarshalJSON() ([]byte, error) {
	if !r.Defined() {
		return []byte("null"), nil
	}
	return json.Marshal(r.Value())
}

// PRF counts true positives, gold and predicted items.
type PRF struct{ TP, NGold, NPred int }

// Precision is TP over predictions.
func (p PRF) Precision() Ratio { return Ratio{p.TP, p.NPred} }

// Recall is TP over gold.
func (p PRF) Recall() Ratio { return Ratio{p.TP, p.NGold} }

// F1 is 2·TP/(gold+predicted), the harmonic mean of precision and recall.
func (p PRF) F1() Ratio { return Ratio{2 * p.TP, p.NGold + p.NPred} }

func (p PRF) add(q PRF) PRF { return PRF{p.TP + q.TP, p.NGold + q.NGold, p.NPred + q.NPred} }

// MarshalJSON writes the shape score.py prints.
func (p PRF) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		TP        int   `json:"tp"`
		NGold     int   `json:"n_gold"`
		NPred     int   `json:"n_pred"`
		Precision Ratio `json:"precision"`
		Recall    Ratio `json:"recall"`
		F1        Ratio `json:"f1"`
	}{p.TP, p.NGold, p.NPred, p.Precision(), p.Recall(), p.F1()})
}

// MoneyScore counts gold MONEY mentions matched one-to-one by a predicted
// MONEY mention with the same or an overlapping span (Found), and of those
// with the same currency and a value within MoneyTolerance (ValueOK).
type MoneyScore struct{ NGold, NPred, Found, ValueOK int }

// FoundRate is the share of gold amounts located at all.
func (m MoneyScore) FoundRate() Ratio { return Ratio{m.Found, m.NGold} }

// ValueAccuracy is the share of gold amounts located with the right value
// and currency.
func (m MoneyScore) ValueAccuracy() Ratio { return Ratio{m.ValueOK, m.NGold} }

// ValuePrecision is the share of predicted amounts that hit a gold one with
// the right value and currency (matching is one-to-one).
func (m MoneyScore) ValuePrecision() Ratio { return Ratio{m.ValueOK, m.NPred} }

// MarshalJSON writes the shape score.py prints.
func (m MoneyScore) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		NGold          int   `json:"n_gold"`
		NPred          int   `json:"n_pred"`
		Found          int   `json:"found"`
		ValueOK        int   `json:"value_ok"`
		FoundRate      Ratio `json:"money_found"`
		ValueAccuracy  Ratio `json:"money_value_acc"`
		ValuePrecision Ratio `json:"pred_value_precision"`
	}{m.NGold, m.NPred, m.Found, m.ValueOK, m.FoundRate(), m.ValueAccuracy(), m.ValuePrecision()})
}

// CanonicalScore counts strict matches (Matched) and those whose predicted
// canonical equals the gold one, ignoring case (Same).
type CanonicalScore struct{ Matched, Same int }

// Accuracy is Same over Matched.
func (c CanonicalScore) Accuracy() Ratio { return Ratio{c.Same, c.Matched} }

// MarshalJSON writes the counts and the accuracy.
func (c CanonicalScore) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Matched  int   `json:"matched"`
		Same     int   `json:"same"`
		Accuracy Ratio `json:"accuracy"`
	}{c.Matched, c.Same, c.Accuracy()})
}

// LabelScore is every figure for one label, or for all of them.
type LabelScore struct {
	Label     string         `json:"label"`
	Strict    PRF            `json:"strict"` // same start, end and label
	Doc       PRF            `json:"doc"`    // per article, unique (label, normalised surface)
	Canonical CanonicalScore `json:"canonical"`
	Money     *MoneyScore    `json:"money,omitempty"` // MONEY and the overall row only
}

// EntityReport is the score of a set of documents: labels in the order of
// extract.Labels (others after, sorted), and the micro-averaged total.
type EntityReport struct {
	Docs    int          `json:"n_docs"`
	Labels  []LabelScore `json:"labels"`
	Overall LabelScore   `json:"overall"`
}

// Label returns the row of one label, and whether it was scored.
func (r EntityReport) Label(label string) (LabelScore, bool) {
	for _, l := range r.Labels {
		if l.Label == label {
			return l, true
		}
	}
	return LabelScore{}, false
}

// Tagger predicts the entities of one gold article's text.
type Tagger func(ctx context.Context, g Gold) ([]extract.Entity, error)

// Predict pairs each gold article with what tag finds in its text.
func Predict(ctx context.Context, golds []Gold, tag Tagger) ([]Doc, error) {
	docs := make([]Doc, 0, len(golds))
	for _, g := range golds {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pred, err := tag(ctx, g)
		if err != nil {
			return nil, fmt.Errorf("evaluation: gold %s: %w", g.ID, err)
		}
		docs = append(docs, Doc{ID: g.ID, Text: g.Text, Gold: g.Entities, Pred: pred})
	}
	return docs, nil
}

// CheckGold reports the first gold entity whose offsets do not give its
// text, or whose label is empty, naming the article and the entity.
func CheckGold(g Gold) error {
	for i, e := range g.Entities {
		switch {
		case e.Label == "":
			return fmt.Errorf("evaluation: gold %s: entity %d has no label", g.ID, i)
		case e.Start < 0 || e.Start > e.End || e.End > len(g.Text):
			return fmt.Errorf("evaluation: gold %s: entity %d: offsets %d:%d outside the text (%d bytes)", g.ID, i, e.Start, e.End, len(g.Text))
		case g.Text[e.Start:e.End] != e.Text:
			return fmt.Errorf("evaluation: gold %s: entity %d: offsets %d:%d give %q, not %q", g.ID, i, e.Start, e.End, g.Text[e.Start:e.End], e.Text)
		}
	}
	return nil
}

// mention is an entity prepared for scoring; hasSpan is false when its
// offsets are unusable (start after end), so it can never match.
type mention struct {
	start, end int
	hasSpan    bool
	label      string
	surface    string
	canonical  string
	value      *float64
	currency   string
}

type spanKey struct {
	start, end int
	label      string
}

// prepare applies the options to one document's entities. Offsets are byte
// offsets into text; the surface is the entity's text, else the slice.
func prepare(text string, ents []extract.Entity, opts ScoreOptions, relabel bool) []mention {
	out := make([]mention, 0, len(ents))
	for _, e := range ents {
		label := e.Label
		if label == "" {
			continue
		}
		if mapped, ok := opts.Map[label]; ok && relabel {
			label = mapped
		}
		if label == "" || (len(opts.Labels) > 0 && !slices.Contains(opts.Labels, label)) {
			continue
		}
		m := mention{start: e.Start, end: e.End, hasSpan: e.Start <= e.End, label: label, surface: e.Text,
			canonical: e.Canonical, value: e.Value, currency: strings.ToUpper(strings.TrimSpace(e.Currency))}
		if m.surface == "" && m.hasSpan {
			m.surface = sliceText(text, m.start, m.end)
		}
		if m.value != nil && (math.IsNaN(*m.value) || math.IsInf(*m.value, 0)) {
			m.value = nil
		}
		out = append(out, m)
	}
	return out
}

// normSurface collapses white space and lower-cases, as Python's
// " ".join(s.split()).lower() does (Python's split also breaks on the
// information separators U+001C..U+001F).
func normSurface(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) })
	return strings.ToLower(strings.Join(f, " "))
}

// tally accumulates counts per label.
type tally struct {
	strict, doc map[string]PRF
	canon       map[string]CanonicalScore
	money       MoneyScore
}

// ScoreEntities scores predicted against gold entities over all documents:
// counts are summed over documents before any ratio is taken, as score.py
// does.
func ScoreEntities(docs []Doc, opts ScoreOptions) EntityReport {
	t := tally{strict: map[string]PRF{}, doc: map[string]PRF{}, canon: map[string]CanonicalScore{}}
	for _, d := range docs {
		gm := prepare(d.Text, d.Gold, opts, false)
		pm := prepare(d.Text, d.Pred, opts, true)
		t.addStrict(gm, pm)
		t.addDoc(gm, pm)
		t.addMoney(gm, pm)
	}
	return t.report(len(docs), opts)
}

func countSpans(ms []mention) (map[spanKey]int, []spanKey) {
	c := map[spanKey]int{}
	var order []spanKey
	for _, m := range ms {
		if !m.hasSpan {
			continue
		}
		k := spanKey{m.start, m.end, m.label}
		if c[k] == 0 {
			order = append(order, k)
		}
		c[k]++
	}
	return c, order
}

func (t *tally) addStrict(gm, pm []mention) {
	for _, m := range gm {
		s := t.strict[m.label]
		s.NGold++
		t.strict[m.label] = s
	}
	for _, m := range pm {
		s := t.strict[m.label]
		s.NPred++
		t.strict[m.label] = s
	}
	gc, order := countSpans(gm)
	pc, _ := countSpans(pm)
	for _, k := range order {
		n := min(gc[k], pc[k])
		if n == 0 {
			continue
		}
		s := t.strict[k.label]
		s.TP += n
		t.strict[k.label] = s
		c := t.canon[k.label]
		c.Matched += n
		c.Same += sameCanonicals(k, gm, pm)
		t.canon[k.label] = c
	}
}

// sameCanonicals pairs the gold and predicted mentions of one span so that
// as many as possible agree on the canonical, ignoring case.
func sameCanonicals(k spanKey, gm, pm []mention) int {
	gc := map[string]int{}
	for _, m := range gm {
		if m.hasSpan && (spanKey{m.start, m.end, m.label}) == k {
			gc[strings.ToLower(m.canonical)]++
		}
	}
	same := 0
	for _, m := range pm {
		c := strings.ToLower(m.canonical)
		if m.hasSpan && (spanKey{m.start, m.end, m.label}) == k && gc[c] > 0 {
			gc[c]--
			same++
		}
	}
	return same
}

type surfaceKey struct{ label, surface string }

func surfaceSet(ms []mention) map[surfaceKey]bool {
	s := make(map[surfaceKey]bool, len(ms))
	for _, m := range ms {
		s[surfaceKey{m.label, normSurface(m.surface)}] = true
	}
	return s
}

func (t *tally) addDoc(gm, pm []mention) {
	gs, ps := surfaceSet(gm), surfaceSet(pm)
	for k := range gs {
		d := t.doc[k.label]
		d.NGold++
		if ps[k] {
			d.TP++
		}
		t.doc[k.label] = d
	}
	for k := range ps {
		d := t.doc[k.label]
		d.NPred++
		t.doc[k.label] = d
	}
}

func moneyOnly(ms []mention) []mention {
	var out []mention
	for _, m := range ms {
		if m.label == "MONEY" {
			out = append(out, m)
		}
	}
	return out
}

func (t *tally) addMoney(gm, pm []mention) {
	gm, pm = moneyOnly(gm), moneyOnly(pm)
	t.money.NGold += len(gm)
	t.money.NPred += len(pm)
	t.money.Found += matchMoney(gm, pm, false)
	t.money.ValueOK += matchMoney(gm, pm, true)
}

func moneyOK(g, p mention) bool {
	if g.value == nil || p.value == nil || g.currency == "" || g.currency != p.currency {
		return false
	}
	if *g.value == 0 {
		return *p.value == 0
	}
	return math.Abs(*p.value-*g.value)/math.Abs(*g.value) < MoneyTolerance
}

func sameSpan(g, p mention) bool { return g.start == p.start && g.end == p.end }

func overlaps(g, p mention) bool {
	if !g.hasSpan || !p.hasSpan {
		return false
	}
	return sameSpan(g, p) || (g.start < p.end && p.start < g.end)
}

func overlapLen(g, p mention) int { return max(0, min(g.end, p.end)-max(g.start, p.start)) }

// matchMoney matches gold to predicted amounts one-to-one, greedily in gold
// order: the same span first, then the largest overlap, then the earliest.
func matchMoney(gm, pm []mention, needValue bool) int {
	used := make([]bool, len(pm))
	found := 0
	for _, g := range gm {
		best := -1
		for i, p := range pm {
			if used[i] || !overlaps(g, p) || (needValue && !moneyOK(g, p)) {
				continue
			}
			if best < 0 || betterMoney(g, p, pm[best]) {
				best = i
			}
		}
		if best >= 0 {
			used[best] = true
			found++
		}
	}
	return found
}

// betterMoney reports whether p beats the current best q for g; ties keep q,
// the earlier one.
func betterMoney(g, p, q mention) bool {
	if sameSpan(g, p) != sameSpan(g, q) {
		return sameSpan(g, p)
	}
	return overlapLen(g, p) > overlapLen(g, q)
}

func (t *tally) report(docs int, opts ScoreOptions) EntityReport {
	r := EntityReport{Docs: docs, Overall: LabelScore{Label: "overall"}}
	for _, label := range t.labels(opts) {
		ls := LabelScore{Label: label, Strict: t.strict[label], Doc: t.doc[label], Canonical: t.canon[label]}
		if label == "MONEY" {
			m := t.money
			ls.Money = &m
		}
		r.Labels = append(r.Labels, ls)
	}
	// The total runs over every label seen, as score.py's does.
	for label, s := range t.strict {
		r.Overall.Strict = r.Overall.Strict.add(s)
		r.Overall.Canonical.Matched += t.canon[label].Matched
		r.Overall.Canonical.Same += t.canon[label].Same
	}
	for _, d := range t.doc {
		r.Overall.Doc = r.Overall.Doc.add(d)
	}
	m := t.money
	r.Overall.Money = &m
	return r
}

// labels orders the labels to report: the schema's first, then others
// sorted; with opts.Labels, exactly those (unseen ones last, sorted).
func (t *tally) labels(opts ScoreOptions) []string {
	seen := map[string]bool{}
	for l := range t.strict {
		seen[l] = true
	}
	for l := range t.doc {
		seen[l] = true
	}
	var out, extra []string
	for _, l := range extract.Labels {
		if seen[l] {
			out = append(out, l)
		}
	}
	for l := range seen {
		if !slices.Contains(extract.Labels, l) {
			extra = append(extra, l)
		}
	}
	sort.Strings(extra)
	out = append(out, extra...)
	if len(opts.Labels) == 0 {
		return out
	}
	kept := slices.DeleteFunc(out, func(l string) bool { return !slices.Contains(opts.Labels, l) })
	var unseen []string
	for _, l := range opts.Labels {
		if !slices.Contains(kept, l) && !slices.Contains(unseen, l) {
			unseen = append(unseen, l)
		}
	}
	sort.Strings(unseen)
	return append(kept, unseen...)
}

// EntityError is a strict miss or false positive with its sentence.
type EntityError struct {
	Doc      string `json:"id"`
	Kind     string `json:"kind"` // "missed" or "spurious", as score.py names them
	Label    string `json:"label"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Sentence string `json:"sentence"`
	// Other is what the other side has on an overlapping span, if anything:
	// "ORG [12:40]" tells a wrong label or boundary from a plain miss.
	Other string `json:"other,omitempty"`
}

// EntityErrors lists, per document, gold mentions no prediction matches
// strictly and then predictions no gold mention matches, each with the
// sentence (or sentences) it sits in.
func EntityErrors(docs []Doc, opts ScoreOptions) ([]EntityError, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	var out []EntityError
	for _, d := range docs {
		gm := prepare(d.Text, d.Gold, opts, false)
		pm := prepare(d.Text, d.Pred, opts, true)
		gc, gorder := countSpans(gm)
		pc, porder := countSpans(pm)
		var sents []segment.Sentence
		add := func(kind string, k spanKey, n int, other []mention) {
			if n <= 0 {
				return
			}
			if sents == nil {
				sents = seg.Segment(d.Text)
			}
			e := EntityError{Doc: d.ID, Kind: kind, Label: k.label, Start: k.start, End: k.end,
				Text: sliceText(d.Text, k.start, k.end), Sentence: sentenceAround(d.Text, sents, k.start, k.end),
				Other: overlapping(k, other)}
			for range n {
				out = append(out, e)
			}
		}
		for _, k := range gorder {
			add("missed", k, gc[k]-pc[k], pm)
		}
		for _, k := range porder {
			add("spurious", k, pc[k]-gc[k], gm)
		}
	}
	return out, nil
}

// sliceText is text[start:end] made valid UTF-8, "" when out of range.
func sliceText(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	return strings.ToValidUTF8(text[start:end], "\uFFFD")
}

// sentenceAround returns the sentences overlapping [start, end), or the
// paragraph around start when segmentation left the span out.
func sentenceAround(text string, sents []segment.Sentence, start, end int) string {
	start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
	from, to := -1, -1
	for _, s := range sents {
		if s.Start <= end && start <= s.End() && (s.Start < end && start < s.End() || start == end) {
			if from < 0 {
				from = s.Start
			}
			to = s.End()
		}
	}
	if from < 0 {
		from = strings.LastIndex(text[:start], "\n") + 1
		to = len(text)
		if i := strings.Index(text[end:], "\n"); i >= 0 {
			to = end + i
		}
	}
	return strings.TrimSpace(sliceText(text, from, max(from, to)))
}

// overlapping describes the mentions of the other side that share a byte
// with the span k, or sit on exactly it.
func overlapping(k spanKey, other []mention) string {
	var parts []string
	probe := mention{start: k.start, end: k.end, hasSpan: true}
	for _, m := range other {
		if overlaps(probe, m) && !(sameSpan(probe, m) && m.label == k.label) {
			parts = append(parts, fmt.Sprintf("%s [%d:%d] %q", m.label, m.start, m.end, m.surface))
		}
	}
	return strings.Join(parts, ", ")
}
