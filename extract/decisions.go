package extract

import "strings"

// Decisions are reviewers' rules by surface form that the annotator applies
// after its own: names rejected under a label, relabels and span fixes.
// (Renames and merges arrive as Aliases.) Surface forms compare without case.
type Decisions struct {
	Rejected []Alias   // Text and Label: not an entity under that label
	Relabels []Relabel // Text under Label is ToLabel
	Spans    []SpanFix // Text under Label is really ToText, which contains it or is inside it
}

// Relabel says a surface form found under Label is a ToLabel.
type Relabel struct {
	Text, Label, ToLabel string
}

// SpanFix says a surface form found under Label spans ToText.
type SpanFix struct {
	Text, Label, ToText string
}

type decisionIndex struct {
	rejected map[string]bool
	relabel  map[string]string
	span     map[string]string
}

func surfaceKey(label, text string) string { return label + "\x00" + strings.ToLower(text) }

func newDecisionIndex(d Decisions) decisionIndex {
	x := decisionIndex{rejected: map[string]bool{}, relabel: map[string]string{}, span: map[string]string{}}
	for _, r := range d.Rejected {
		x.rejected[surfaceKey(r.Label, r.Text)] = true
	}
	for _, r := range d.Relabels {
		x.relabel[surfaceKey(r.Label, r.Text)] = r.ToLabel
	}
	for _, s := range d.Spans {
		x.span[surfaceKey(s.Label, s.Text)] = s.ToText
	}
	return x
}

// apply rewrites ents (sorted, not overlapping) by the decisions: span fixes
// first, since a fixed span is what a reviewer saw, then relabels, then
// rejections. A fix that would overlap a neighbour or does not fit the text
// here is left out.
func (x decisionIndex) apply(text string, ents []Entity) []Entity {
	if len(x.rejected)+len(x.relabel)+len(x.span) == 0 {
		return ents
	}
	out := ents[:0]
	for i, e := range ents {
		if to, ok := x.span[surfaceKey(e.Label, e.Text)]; ok {
			if s, end, ok := fitSpan(text, e, to); ok && (len(out) == 0 || out[len(out)-1].End <= s) &&
				(i+1 == len(ents) || end <= ents[i+1].Start) {
				if strings.EqualFold(e.Canonical, e.Text) {
					e.Canonical = text[s:end]
				}
				e.Start, e.End, e.Text = s, end, text[s:end]
			}
		}
		if to, ok := x.relabel[surfaceKey(e.Label, e.Text)]; ok {
			e.Label = to
		}
		if x.rejected[surfaceKey(e.Label, e.Text)] {
			continue
		}
		out = append(out, e)
	}
	return out
}

// fitSpan places to around or inside e's span, comparing without case.
func fitSpan(text string, e Entity, to string) (start, end int, ok bool) {
	lt, lto := strings.ToLower(e.Text), strings.ToLower(to)
	if k := strings.Index(lto, lt); k >= 0 {
		start = e.Start - k
		end = start + len(to)
		return start, end, start >= 0 && end <= len(text) && strings.EqualFold(text[start:end], to)
	}
	if k := strings.Index(lt, lto); k >= 0 {
		return e.Start + k, e.Start + k + len(to), true
	}
	return 0, 0, false
}
