package evaluation

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/internal/shareddata"
)

func f64(v float64) *float64 { return &v }

// perturb makes predictions from gold that exercise every way of being
// wrong: dropped, shifted, relabelled, duplicated, bad offsets, wrong and
// near money values, wrong currency, other canonicals, and invented mentions.
// It is deterministic: the i-th entity of the whole run gets case i%12.
func perturb(docs []Gold) []Doc {
	relabel := map[string]string{"PERSON": "ORG", "ORG": "GPE", "GPE": "LOC", "LOC": "GPE",
		"PROGRAM": "PLATFORM", "PLATFORM": "PROGRAM", "MONEY": "PROGRAM"}
	var out []Doc
	i := 0
	for n, g := range docs {
		d := Doc{ID: g.ID, Text: g.Text, Gold: g.Entities}
		if n%9 == 4 {
			out = append(out, d) // a document without predictions: all missed
			continue
		}
		for _, e := range g.Entities {
			p := e
			switch i % 12 {
			case 0:
				i++
				continue
			case 1:
				p.End--
				p.Text = g.Text[p.Start:p.End]
			case 2:
				p.Label = relabel[p.Label]
			case 3:
				d.Pred = append(d.Pred, p)
			case 4:
				p.Start, p.End = p.End+1, p.Start
			case 5:
				p.Canonical = strings.ToUpper(p.Canonical)
				if p.Value != nil {
					p.Value = f64(*p.Value * 1.003)
				}
			case 6:
				p.Canonical += " (other)"
				if p.Value != nil {
					p.Value = f64(*p.Value * 1.1)
				}
			case 7:
				p.Currency = "EUR"
				p.Text = "" // surface from the offsets
			case 8:
				if p.Start > 0 {
					p.Start--
				}
				p.Text = "  " + strings.ToUpper(g.Text[p.Start:p.End]) + "\n"
			case 9:
				if p.Label == "GPE" {
					p.Label = "LOC"
				}
				p.Currency = strings.ToLower(p.Currency) + " "
				if p.Value != nil && i%24 == 9 {
					p.Value = f64(*p.Value * 1.007)
				}
			case 10:
				// an invented mention on the next word
				if q := strings.IndexByte(g.Text[p.End:], ' '); q >= 0 && p.End+q+4 <= len(g.Text) {
					s := p.End + q + 1
					d.Pred = append(d.Pred, extract.Entity{Start: s, End: s + 3, Label: p.Label,
						Text: g.Text[s : s+3], Value: p.Value, Currency: p.Currency})
				}
			}
			d.Pred = append(d.Pred, p)
			i++
		}
		out = append(out, d)
	}
	return out
}

// scorePy runs the reference scorer on docs and returns its JSON result.
func scorePy(t *testing.T, shared string, docs []Doc, args ...string) map[string]any {
	t.Helper()
	dir := t.TempDir()
	var gold, pred bytes.Buffer
	for _, d := range docs {
		writeLine(t, &gold, Gold{ID: d.ID, Text: d.Text, Entities: d.Gold})
		if d.Pred != nil {
			writeLine(t, &pred, map[string]any{"id": d.ID, "entities": withoutEmptyText(t, d.Pred)})
		}
	}
	gp, pp := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl")
	if err := os.WriteFile(gp, gold.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pp, pred.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("python3", append([]string{filepath.Join(shared, "tools", "score.py"), gp, pp, "--json", "--errors", "1"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, stderr.String())
	}
	var res map[string]any
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("score.py output: %v", err)
	}
	return res
}

// withoutEmptyText leaves "text" out where it is empty: score.py reads the
// surface from the offsets only when the key is missing.
func withoutEmptyText(t *testing.T, ents []extract.Entity) []map[string]any {
	t.Helper()
	out := make([]map[string]any, len(ents))
	for i, e := range ents {
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &out[i]); err != nil {
			t.Fatal(err)
		}
		if e.Text == "" {
			delete(out[i], "text")
		}
	}
	return out
}

func writeLine(t *testing.T, b *bytes.Buffer, v any) {
	t.Helper()
	line, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	b.Write(line)
	b.WriteByte('\n')
}

// agree compares one figure; score.py's null is our undefined ratio.
func agree(t *testing.T, where string, py any, got Ratio) {
	t.Helper()
	if py == nil {
		if got.Defined() {
			t.Errorf("%s: score.py has none, we have %v", where, got.Value())
		}
		return
	}
	want, ok := py.(float64)
	if !ok || math.Abs(want-got.Value()) > 1e-9 {
		t.Errorf("%s: score.py %v, we %v (%d/%d)", where, py, got.Value(), got.Num, got.Den)
	}
}

func agreeCount(t *testing.T, where string, py any, got int) {
	t.Helper()
	if want, ok := py.(float64); !ok || int(want) != got {
		t.Errorf("%s: score.py %v, we %d", where, py, got)
	}
}

func agreePRF(t *testing.T, where string, py map[string]any, got PRF) {
	t.Helper()
	agreeCount(t, where+" tp", py["tp"], got.TP)
	agreeCount(t, where+" n_gold", py["n_gold"], got.NGold)
	agreeCount(t, where+" n_pred", py["n_pred"], got.NPred)
	agree(t, where+" precision", py["precision"], got.Precision())
	agree(t, where+" recall", py["recall"], got.Recall())
	agree(t, where+" f1", py["f1"], got.F1())
}

func agreeMoney(t *testing.T, where string, py map[string]any, got *MoneyScore) {
	t.Helper()
	if got == nil {
		t.Errorf("%s: no money score", where)
		return
	}
	agreeCount(t, where+" found", py["found"], got.Found)
	agreeCount(t, where+" value_ok", py["value_ok"], got.ValueOK)
	agree(t, where+" money_found", py["money_found"], got.FoundRate())
	agree(t, where+" money_value_acc", py["money_value_acc"], got.ValueAccuracy())
	agree(t, where+" pred_value_precision", py["pred_value_precision"], got.ValuePrecision())
}

func TestScoreEntities_AgreesWithScorePy(t *testing.T) {
	shared := filepath.Dir(filepath.Dir(shareddata.Path(t, "tools", "score.py")))
	if _, err := exec.LookPath("python3"); err != nil {
		shareddata.Missing(t, err) // the reference scorer is Python
	}
	trawlGold, err := ReadGold(filepath.Join("..", "testdata", "gold", "forum.jsonl"), filepath.Join("..", "testdata", "gold", "pib.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	uner, err := ReadGold(filepath.Join(shared, "datasets", "uner-english-pud", "test.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		gold []Gold
		opts ScoreOptions
		args []string
	}{
		{"corpus", trawlGold, ScoreOptions{}, nil},
		{"corpus, PERSON and MONEY only", trawlGold, ScoreOptions{Labels: []string{"PERSON", "MONEY", "LOC"}}, []string{"--labels", "PERSON,MONEY,LOC"}},
		{"UNER PUD, UNER options", uner, UNER, []string{"--map", "LOC=GPE,PROGRAM=,PLATFORM=,MONEY=", "--labels", "PERSON,ORG,GPE"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			docs := perturb(tc.gold)
			py := scorePy(t, shared, docs, tc.args...)
			got := ScoreEntities(docs, tc.opts)

			pyLabels := py["labels"].(map[string]any)
			if len(pyLabels) != len(got.Labels) {
				t.Errorf("labels: score.py %d, we %d", len(pyLabels), len(got.Labels))
			}
			for _, ls := range got.Labels {
				row, ok := pyLabels[ls.Label].(map[string]any)
				if !ok {
					t.Errorf("%s: not in score.py's labels", ls.Label)
					continue
				}
				agreePRF(t, ls.Label+" strict", row["strict"].(map[string]any), ls.Strict)
				agreePRF(t, ls.Label+" doc", row["doc"].(map[string]any), ls.Doc)
				if m, ok := row["money"].(map[string]any); ok {
					agreeMoney(t, ls.Label+" money", m, ls.Money)
				} else if ls.Money != nil {
					t.Errorf("%s: a money score score.py lacks", ls.Label)
				}
			}
			o := py["overall"].(map[string]any)
			agreePRF(t, "overall strict", o["strict"].(map[string]any), got.Overall.Strict)
			agreePRF(t, "overall doc", o["doc"].(map[string]any), got.Overall.Doc)
			agreeMoney(t, "overall money", o["money"].(map[string]any), got.Overall.Money)
			if got.Overall.Strict.TP == got.Overall.Strict.NGold || got.Overall.Strict.TP == 0 {
				t.Errorf("the perturbation should leave some but not all mentions right: %+v", got.Overall.Strict)
			}

			errs, err := EntityErrors(docs, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			pyErrs, _ := py["errors"].([]any)
			if len(pyErrs) != len(errs) {
				t.Fatalf("errors: score.py %d, we %d", len(pyErrs), len(errs))
			}
			for i, pe := range pyErrs {
				m := pe.(map[string]any)
				e := errs[i]
				want := fmt.Sprintf("%v %v %v %v:%v %q", m["id"], m["kind"], m["label"], m["start"], m["end"], m["text"])
				got := fmt.Sprintf("%v %v %v %v:%v %q", e.Doc, e.Kind, e.Label, e.Start, e.End, e.Text)
				if want != got {
					t.Errorf("error %d: score.py %s, we %s", i, want, got)
				}
			}
		})
	}
}

func TestScoreEntities_Money(t *testing.T) {
	text := "It costs $2.75 billion and Rs 1,000 crore."
	usd := extract.Entity{Start: 9, End: 22, Label: "MONEY", Text: "$2.75 billion", Value: f64(2.75e9), Currency: "USD"}
	inr := extract.Entity{Start: 27, End: 41, Label: "MONEY", Text: "Rs 1,000 crore", Value: f64(1e10), Currency: "INR"}
	with := func(e extract.Entity, f func(*extract.Entity)) extract.Entity { f(&e); return e }
	cases := []struct {
		name           string
		pred           []extract.Entity
		found, valueOK int
	}{
		{"exact", []extract.Entity{usd, inr}, 2, 2},
		{"overlap counts, value within 0.5%", []extract.Entity{
			with(usd, func(e *extract.Entity) { e.Start, e.Value = 10, f64(2.76e9) }),
			with(inr, func(e *extract.Entity) { e.End = 36; e.Currency = " inr" })}, 2, 2},
		{"value off by 1%", []extract.Entity{with(usd, func(e *extract.Entity) { e.Value = f64(2.7775e9) })}, 1, 0},
		{"wrong currency", []extract.Entity{with(inr, func(e *extract.Entity) { e.Currency = "USD" })}, 1, 0},
		{"no value", []extract.Entity{with(usd, func(e *extract.Entity) { e.Value = nil })}, 1, 0},
		{"one prediction serves one gold amount", []extract.Entity{{Start: 9, End: 41, Label: "MONEY", Value: f64(2.75e9), Currency: "USD"}}, 1, 1},
		{"the exact span goes first, leaving the wide one to the next amount", []extract.Entity{
			with(usd, func(e *extract.Entity) { e.End = 41 }),
			usd}, 2, 1},
		{"the largest overlap goes first", []extract.Entity{
			with(usd, func(e *extract.Entity) { e.Start, e.End = 20, 30 }),
			with(usd, func(e *extract.Entity) { e.Start, e.End = 12, 23 })}, 2, 1},
		{"value off by 0.7%", []extract.Entity{with(usd, func(e *extract.Entity) { e.Value = f64(2.75e9 * 0.993) })}, 1, 0},
		{"not MONEY", []extract.Entity{with(usd, func(e *extract.Entity) { e.Label = "PROGRAM" })}, 0, 0},
		{"disjoint", []extract.Entity{with(usd, func(e *extract.Entity) { e.Start, e.End = 0, 9 })}, 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := ScoreEntities([]Doc{{ID: "d", Text: text, Gold: []extract.Entity{usd, inr}, Pred: tc.pred}}, ScoreOptions{})
			m := r.Overall.Money
			if m.NGold != 2 || m.Found != tc.found || m.ValueOK != tc.valueOK {
				t.Errorf("money %+v, want found %d, value_ok %d", *m, tc.found, tc.valueOK)
			}
		})
	}
}

func TestScoreEntities_Canonical(t *testing.T) {
	text := "Pete Hegseth met the Pentagon staff. Hegseth left."
	gold := []extract.Entity{
		{Start: 0, End: 12, Label: "PERSON", Text: "Pete Hegseth", Canonical: "Pete Hegseth"},
		{Start: 21, End: 29, Label: "ORG", Text: "Pentagon", Canonical: "U.S. Department of Defense"},
		{Start: 37, End: 44, Label: "PERSON", Text: "Hegseth", Canonical: "Pete Hegseth"},
	}
	pred := []extract.Entity{
		{Start: 0, End: 12, Label: "PERSON", Text: "Pete Hegseth", Canonical: "PETE HEGSETH"}, // case is ignored
		{Start: 21, End: 29, Label: "ORG", Text: "Pentagon", Canonical: "Pentagon"},
		{Start: 37, End: 44, Label: "PERSON", Text: "Hegseth", Canonical: "Hegseth"},
		{Start: 4, End: 12, Label: "PERSON", Text: "Hegseth", Canonical: "Pete Hegseth"}, // not a strict match: not counted
	}
	r := ScoreEntities([]Doc{{ID: "d", Text: text, Gold: gold, Pred: pred}}, ScoreOptions{})
	if c := r.Overall.Canonical; c.Matched != 3 || c.Same != 1 {
		t.Errorf("overall canonical %+v, want 1 of 3", c)
	}
	person, _ := r.Label("PERSON")
	if c := person.Canonical; c.Matched != 2 || c.Same != 1 {
		t.Errorf("PERSON canonical %+v, want 1 of 2", c)
	}
	if got := person.Strict; got != (PRF{TP: 2, NGold: 2, NPred: 3}) {
		t.Errorf("PERSON strict %+v", got)
	}
	// "hegseth" is one surface for doc F1, found in both sets.
	if got := person.Doc; got != (PRF{TP: 2, NGold: 2, NPred: 2}) {
		t.Errorf("PERSON doc %+v", got)
	}
}

func TestEntityErrors_Sentence(t *testing.T) {
	text := "India signed the deal. Anduril Industries will build it in Ohio.\n\nA second paragraph names Rajnath Singh."
	gold := []extract.Entity{
		{Start: 23, End: 41, Label: "ORG", Text: "Anduril Industries"},
		{Start: 59, End: 63, Label: "GPE", Text: "Ohio"},
		{Start: 91, End: 104, Label: "PERSON", Text: "Rajnath Singh"},
	}
	pred := []extract.Entity{
		{Start: 0, End: 5, Label: "GPE", Text: "India"},
		{Start: 23, End: 41, Label: "PERSON", Text: "Anduril Industries"},
		{Start: 59, End: 63, Label: "GPE", Text: "Ohio"},
	}
	errs, err := EntityErrors([]Doc{{ID: "d1", Text: text, Gold: gold, Pred: pred}}, ScoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []EntityError{
		{Doc: "d1", Kind: "missed", Label: "ORG", Start: 23, End: 41, Text: "Anduril Industries",
			Sentence: "Anduril Industries will build it in Ohio.", Other: `PERSON [23:41] "Anduril Industries"`},
		{Doc: "d1", Kind: "missed", Label: "PERSON", Start: 91, End: 104, Text: "Rajnath Singh",
			Sentence: "A second paragraph names Rajnath Singh."},
		{Doc: "d1", Kind: "spurious", Label: "GPE", Start: 0, End: 5, Text: "India", Sentence: "India signed the deal."},
		{Doc: "d1", Kind: "spurious", Label: "PERSON", Start: 23, End: 41, Text: "Anduril Industries",
			Sentence: "Anduril Industries will build it in Ohio.", Other: `ORG [23:41] "Anduril Industries"`},
	}
	if len(errs) != len(want) {
		t.Fatalf("got %d errors %+v, want %d", len(errs), errs, len(want))
	}
	for i := range want {
		if errs[i] != want[i] {
			t.Errorf("error %d:\n got %+v\nwant %+v", i, errs[i], want[i])
		}
	}
}

func TestNormSurface(t *testing.T) {
	for in, want := range map[string]string{
		"  U.S.\n Defense\tDepartment ": "u.s. defense department",
		"New\u00a0Delhi":                "new delhi",
		"":                              "",
	} {
		if got := normSurface(in); got != want {
			t.Errorf("normSurface(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRatio_MarshalJSON(t *testing.T) {
	b, err := json.Marshal([]Ratio{{1, 4}, {0, 0}})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != "[0.25,null]" {
		t.Errorf("got %s", b)
	}
}

// TestAnnotator_MeetsTargetsOnGold holds the annotator to the targets
// on the sample gold. The gold is a sample, not the exam: passing here is
// necessary, not sufficient.
func TestAnnotator_MeetsTargetsOnGold(t *testing.T) {
	golds, err := ReadGold(filepath.Join("..", "testdata", "gold", "forum.jsonl"), filepath.Join("..", "testdata", "gold", "pib.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	an, err := extract.NewAnnotator(extract.AnnotatorOptions{})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Predict(context.Background(), golds, func(_ context.Context, g Gold) ([]extract.Entity, error) {
		published, err := time.Parse(time.DateOnly, g.Published)
		if err != nil {
			return nil, err
		}
		return an.Annotate(g.Text, published), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	r := ScoreEntities(docs, ScoreOptions{})
	atLeast := func(what string, got Ratio, want float64) {
		t.Helper()
		if !(got.Value() >= want) { // NaN fails too
			t.Errorf("%s = %.3f (%d/%d), want at least %.2f", what, got.Value(), got.Num, got.Den, want)
		}
	}
	atLeast("overall strict F1", r.Overall.Strict.F1(), 0.90)
	for _, label := range extract.Labels {
		ls, ok := r.Label(label)
		if !ok {
			t.Errorf("%s: not in the gold", label)
			continue
		}
		atLeast(label+" strict F1", ls.Strict.F1(), 0.85)
	}
	atLeast("MONEY value accuracy", r.Overall.Money.ValueAccuracy(), 0.98)
	atLeast("canonical accuracy", r.Overall.Canonical.Accuracy(), 0.90)
}

func TestCheckGold(t *testing.T) {
	text := "India and Ohio"
	cases := []struct {
		name string
		ent  extract.Entity
		want string // in the error; "" for none
	}{
		{"fine", extract.Entity{Start: 10, End: 14, Label: "GPE", Text: "Ohio"}, ""},
		{"text differs", extract.Entity{Start: 9, End: 14, Label: "GPE", Text: "Ohio"}, `g1: entity 0: offsets 9:14 give " Ohio", not "Ohio"`},
		{"past the end", extract.Entity{Start: 10, End: 15, Label: "GPE", Text: "Ohio"}, "g1: entity 0: offsets 10:15 outside"},
		{"reversed", extract.Entity{Start: 14, End: 10, Label: "GPE", Text: "Ohio"}, "outside"},
		{"no label", extract.Entity{Start: 10, End: 14, Text: "Ohio"}, "g1: entity 0 has no label"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckGold(Gold{ID: "g1", Text: text, Entities: []extract.Entity{tc.ent}})
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestPredict_NamesTheFailingArticle(t *testing.T) {
	golds := []Gold{{ID: "a", Text: "x"}, {ID: "b", Text: "y"}}
	boom := errors.New("boom")
	_, err := Predict(context.Background(), golds, func(_ context.Context, g Gold) ([]extract.Entity, error) {
		if g.ID == "b" {
			return nil, boom
		}
		return nil, nil
	})
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "gold b") {
		t.Errorf("error %v should wrap the tagger's and name article b", err)
	}
}
