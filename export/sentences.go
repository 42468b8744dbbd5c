package export

import "sort"

// sentenceOf returns the index of the span holding byte offset at, or -1.
func sentenceOf(spans [][2]int, at int) int {
	i := sort.Search(len(spans), func(i int) bool { return spans[i][1] > at })
	if i == len(spans) || spans[i][0] > at {
		return -1
	}
	return i
}

// sentenceText returns the sentence(s) covering [start, end): a mention that
// straddles a boundary gets both sentences.
func sentenceText(text string, spans [][2]int, start, end int) string {
	a, b := sentenceOf(spans, start), sentenceOf(spans, max(start, end-1))
	if a < 0 || b < 0 {
		return ""
	}
	return text[spans[a][0]:spans[b][1]]
}
