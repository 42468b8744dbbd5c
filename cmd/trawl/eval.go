package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
)

type evalCmd struct {
	Gold   []string `arg:"" help:"Gold JSONL files (shared/corpus/FORMAT.md; UNER conversions are recognised by their site), or Universal NER .iob2 files as published (scored as UNER)." type:"existingfile"`
	JSON   bool     `help:"Print the scores as one JSON object." name:"json"`
	Peer   string   `help:"Also score a peer tagger on the same gold: prose (prose v3's default model; in binaries built with -tags prose)." enum:",prose" default:""`
	Errors bool     `help:"List misses and false positives with their sentences."`
	UNER   bool     `help:"Score as Universal NER: PERSON, ORG and GPE only, predicted LOC counted as GPE (the default for UNER gold)." name:"uner"`
}

// evalSystem is one tagger's score on the gold.
type evalSystem struct {
	Name   string                   `json:"name"`
	Report evaluation.EntityReport  `json:"report"`
	Errors []evaluation.EntityError `json:"errors,omitempty"`
}

// peers are the taggers --peer may name, registered by files built with
// their tag (eval_prose.go).
var peers = map[string]evaluation.Tagger{}

type namedTagger struct {
	name string
	tag  evaluation.Tagger
}

type evalOutput struct {
	Gold     []string     `json:"gold"`
	Articles int          `json:"articles"`
	Mode     string       `json:"mode"` // "corpus" or "uner"
	Systems  []evalSystem `json:"systems"`
}

func (c *evalCmd) Run(g *Globals) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	out, err := c.evaluate(ctx)
	if err != nil {
		return err
	}
	if c.JSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		return enc.Encode(out)
	}
	printEval(os.Stdout, out)
	return nil
}

// evaluate reads the gold, runs trawl's annotator (and the peer) over it and
// scores them.
func (c *evalCmd) evaluate(ctx context.Context) (evalOutput, error) {
	golds, err := readCheckedGold(c.Gold)
	if err != nil {
		return evalOutput{}, err
	}
	out := evalOutput{Gold: c.Gold, Articles: len(golds), Mode: "corpus"}
	var opts evaluation.ScoreOptions
	if c.UNER || evaluation.IsUNER(golds) {
		out.Mode, opts = "uner", evaluation.UNER
	}
	an, err := extract.NewAnnotator(extract.AnnotatorOptions{})
	if err != nil {
		return evalOutput{}, err
	}
	taggers := []namedTagger{{"trawl", func(_ context.Context, g evaluation.Gold) ([]extract.Entity, error) {
		return an.Annotate(g.Text, extract.ParseDate(g.Published)), nil
	}}}
	if c.Peer != "" {
		tag, ok := peers[c.Peer]
		if !ok {
			return evalOutput{}, &exitError{code: exitUsage, err: fmt.Errorf("eval: --peer %s: this binary was built without it; build with: go build -tags %s ./cmd/trawl", c.Peer, c.Peer)}
		}
		taggers = append(taggers, namedTagger{c.Peer, tag})
	}
	for _, t := range taggers {
		docs, err := evaluation.Predict(ctx, golds, t.tag)
		if err != nil {
			return evalOutput{}, fmt.Errorf("eval: %s: %w", t.name, err)
		}
		sys := evalSystem{Name: t.name, Report: evaluation.ScoreEntities(docs, opts)}
		if c.Errors {
			if sys.Errors, err = evaluation.EntityErrors(docs, opts); err != nil {
				return evalOutput{}, fmt.Errorf("eval: %w", err)
			}
		}
		out.Systems = append(out.Systems, sys)
	}
	return out, nil
}

// readCheckedGold reads gold files, refusing entities whose offsets miss
// their text and ids used twice: either would skew every figure silently.
// Bad gold is bad input, a usage error (exit 2).
func readCheckedGold(paths []string) ([]evaluation.Gold, error) {
	var all []evaluation.Gold
	seen := map[string]string{}
	for _, p := range paths {
		golds, err := evaluation.ReadGold(p)
		if err != nil {
			return nil, &exitError{code: exitUsage, err: err}
		}
		for _, g := range golds {
			if err := evaluation.CheckGold(g); err != nil {
				return nil, &exitError{code: exitUsage, err: fmt.Errorf("eval: %s: %w", p, err)}
			}
			if prev, dup := seen[g.ID]; dup {
				return nil, &exitError{code: exitUsage, err: fmt.Errorf("eval: %s: gold id %q already used in %s", p, g.ID, prev)}
			}
			seen[g.ID] = p
		}
		all = append(all, golds...)
	}
	return all, nil
}

// printEval writes the systems side by side, one row per label.
func printEval(w io.Writer, out evalOutput) {
	fmt.Fprintf(w, "gold: %s (%d articles, %s scoring)\n\n", strings.Join(out.Gold, " "), out.Articles, out.Mode)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	head := fmt.Sprintf("%-8s\tgold\t", "label")
	for _, s := range out.Systems {
		head += fmt.Sprintf("│\t%s pred\tP\tR\tF1\tdoc F1\tcanon\t", s.Name)
	}
	fmt.Fprintln(tw, head)
	base := out.Systems[0].Report
	rows := append(slices.Clip(base.Labels), base.Overall)
	for i, row := range rows {
		line := fmt.Sprintf("%-8s\t%d\t", row.Label, row.Strict.NGold)
		for _, s := range out.Systems {
			ls := s.Report.Overall
			if i < len(base.Labels) {
				ls, _ = s.Report.Label(row.Label)
			}
			line += fmt.Sprintf("│\t%d\t%s\t%s\t%s\t%s\t%s\t", ls.Strict.NPred, ratio(ls.Strict.Precision()),
				ratio(ls.Strict.Recall()), ratio(ls.Strict.F1()), ratio(ls.Doc.F1()), ratio(ls.Canonical.Accuracy()))
		}
		fmt.Fprintln(tw, line)
	}
	tw.Flush()
	fmt.Fprintln(w, "\nP, R, F1: strict mentions (same start, end, label); doc F1: per article, unique (label, surface);")
	fmt.Fprintln(w, "canon: strict matches whose canonical is the gold one (case ignored).")
	if out.Mode == "uner" {
		fmt.Fprintln(w, "UNER: predicted LOC counts as GPE; gold canonicals are the surface text, so canon means little.")
	}
	if base.Overall.Money.NGold > 0 {
		for _, s := range out.Systems {
			m := s.Report.Overall.Money
			fmt.Fprintf(w, "money %s: value and currency right %s (%d of %d gold amounts), found %s, predicted %d\n",
				s.Name, ratio(m.ValueAccuracy()), m.ValueOK, m.NGold, ratio(m.FoundRate()), m.NPred)
		}
	}
	for _, s := range out.Systems {
		printErrors(w, s)
	}
}

func printErrors(w io.Writer, s evalSystem) {
	if len(s.Errors) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s errors (%d):\n", s.Name, len(s.Errors))
	for _, e := range s.Errors {
		fmt.Fprintf(w, "  %s %s %s [%d:%d] %q", e.Doc, e.Kind, e.Label, e.Start, e.End, e.Text)
		if e.Other != "" {
			fmt.Fprintf(w, " (other side: %s)", e.Other)
		}
		fmt.Fprintf(w, "\n      %s\n", e.Sentence)
	}
}

// ratio prints a share with three decimals, "-" when it has no value.
func ratio(r evaluation.Ratio) string {
	if !r.Defined() {
		return "-"
	}
	return fmt.Sprintf("%.3f", r.Value())
}
