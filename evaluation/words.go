package evaluation

import (
	"regexp"
	"strings"
)

// wordRE is Python's Unicode \w as the corpus scorer and the
// article-extraction benchmark use it; Go's \w is ASCII-only.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// Words returns the word tokens of s in order, as the scorers see them.
func Words(s string) []string { return wordRE.FindAllString(s, -1) }

// WordF1 scores an extracted body against the gold body by word-level
// precision, recall and F1 over the multisets of lower-cased words
// (GUIDELINES.md, Scoring). Two empty texts agree perfectly; an empty side
// against a non-empty one scores 0.
func WordF1(got, want string) (p, r, f float64) {
	g := countWords(strings.ToLower(got))
	w := countWords(strings.ToLower(want))
	return prf(overlap(g, w))
}

func countWords(s string) map[string]int {
	m := map[string]int{}
	for _, t := range Words(s) {
		m[t]++
	}
	return m
}

// overlap returns true positives, false positives and false negatives of
// two multisets.
func overlap[K comparable](got, want map[K]int) (tp, fp, fn int) {
	for k, n := range got {
		m := want[k]
		tp += min(n, m)
		fp += max(n-m, 0)
	}
	for k, m := range want {
		fn += max(m-got[k], 0)
	}
	return tp, fp, fn
}

func prf(tp, fp, fn int) (p, r, f float64) {
	switch {
	case fp == 0 && fn == 0:
		return 1, 1, 1
	case tp == 0:
		return 0, 0, 0
	}
	p = float64(tp) / float64(tp+fp)
	r = float64(tp) / float64(tp+fn)
	return p, r, 2 * p * r / (p + r)
}

// PageScore is one page scored by the article-extraction benchmark's metric.
type PageScore struct {
	TP, FP, FN int // 4-token shingle counts
	Precision  float64
	Recall     float64
	Exact      bool // the token sequences are identical
}

// ShingleScore scores one page as the article-extraction benchmark does:
// multisets of 4-token shingles (case kept), with the benchmark's rules for
// empty sides. See shared/datasets/article-extraction-benchmark/README.md.
func ShingleScore(got, want string) PageScore {
	gt, wt := Words(got), Words(want)
	tp, fp, fn := overlap(shingles(gt), shingles(wt))
	s := PageScore{TP: tp, FP: fp, FN: fn, Exact: equalTokens(gt, wt)}
	switch {
	case fp == 0 && fn == 0:
		s.Precision, s.Recall = 1, 1
	default:
		if tp+fp > 0 {
			s.Precision = float64(tp) / float64(tp+fp)
		}
		if tp+fn > 0 {
			s.Recall = float64(tp) / float64(tp+fn)
		}
	}
	return s
}

// shingles counts the 4-token windows of toks; 1-3 tokens give one shorter
// shingle and none give none.
func shingles(toks []string) map[string]int {
	const n = 4
	m := map[string]int{}
	if len(toks) == 0 {
		return m
	}
	if len(toks) < n {
		m[strings.Join(toks, "\x00")]++
		return m
	}
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], "\x00")]++
	}
	return m
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Summary is the benchmark's headline over many pages.
type Summary struct {
	Pages     int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Accuracy  float64 `json:"accuracy"`
}

// Summarize averages page scores as the benchmark publishes them: precision
// over pages that predicted something or matched, recall over pages whose
// truth is not empty, F1 of the two means (not a mean of page F1s).
func Summarize(pages []PageScore) Summary {
	var ps, rs, exact float64
	var np, nr int
	for _, s := range pages {
		if s.TP+s.FP > 0 {
			ps += s.Precision
			np++
		}
		if s.TP+s.FN > 0 {
			rs += s.Recall
			nr++
		}
		if s.Exact {
			exact++
		}
	}
	out := Summary{Pages: len(pages)}
	if np > 0 {
		out.Precision = ps / float64(np)
	}
	if nr > 0 {
		out.Recall = rs / float64(nr)
	}
	if out.Precision+out.Recall > 0 {
		out.F1 = 2 * out.Precision * out.Recall / (out.Precision + out.Recall)
	}
	if len(pages) > 0 {
		out.Accuracy = exact / float64(len(pages))
	}
	return out
}
