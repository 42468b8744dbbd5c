package extract

import (
	"reflect"
	"testing"
)

func TestDecisions_Apply(t *testing.T) {
	text := "The Larkspur Mk II flew past Ostrava Works while the Captain watched."
	ents := []Entity{
		{Start: 4, End: 15, Label: "PLATFORM", Text: "Larkspur Mk", Canonical: "Larkspur Mk"},
		{Start: 29, End: 42, Label: "PERSON", Text: "Ostrava Works", Canonical: "Ostrava Works"},
		{Start: 53, End: 60, Label: "ORG", Text: "Captain", Canonical: "Captain"},
	}
	x := newDecisionIndex(Decisions{
		Rejected: []Alias{{Text: "captain", Label: "ORG"}},
		Relabels: []Relabel{{Text: "ostrava works", Label: "PERSON", ToLabel: "ORG"}},
		Spans:    []SpanFix{{Text: "Larkspur Mk", Label: "PLATFORM", ToText: "Larkspur Mk II"}},
	})
	got := x.apply(text, append([]Entity(nil), ents...))
	want := []Entity{
		{Start: 4, End: 18, Label: "PLATFORM", Text: "Larkspur Mk II", Canonical: "Larkspur Mk II"},
		{Start: 29, End: 42, Label: "ORG", Text: "Ostrava Works", Canonical: "Ostrava Works"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	// A fix that does not fit the text here leaves the mention as found.
	other := "A Larkspur Mk landed."
	got = x.apply(other, []Entity{{Start: 2, End: 13, Label: "PLATFORM", Text: "Larkspur Mk", Canonical: "Larkspur Mk"}})
	if got[0].End != 13 {
		t.Errorf("span fixed where the longer form is absent: %+v", got[0])
	}
	// Shrinking: "the Veldt Navy" → "Veldt Navy".
	y := newDecisionIndex(Decisions{Spans: []SpanFix{{Text: "the Veldt Navy", Label: "ORG", ToText: "Veldt Navy"}}})
	got = y.apply("By the Veldt Navy.", []Entity{{Start: 3, End: 17, Label: "ORG", Text: "the Veldt Navy", Canonical: "Veldt Navy"}})
	if got[0].Start != 7 || got[0].Text != "Veldt Navy" || got[0].Canonical != "Veldt Navy" {
		t.Errorf("shrunk span: %+v", got[0])
	}
}
