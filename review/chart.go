package review

import (
	"time"

	"github.com/trawl/trawl/storage"
)

// chart is a server-rendered bar chart of mentions per week.
type chart struct {
	Width, Height int
	Bars          []bar
	Max           int
	First, Last   string
}

type bar struct {
	X, Y, W, H int
	Title      string
}

const chartW, chartH = 720, 120

// weekChart lays out one bar per week from the first to the last dated
// week, empty weeks included, so gaps show.
func weekChart(weeks []storage.WeekCount) chart {
	c := chart{Width: chartW, Height: chartH}
	counts := map[string]int{}
	var first, last time.Time
	for _, w := range weeks {
		t, err := time.Parse(time.DateOnly, w.Week)
		if err != nil {
			continue // undated articles
		}
		counts[w.Week] = w.Mentions
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
		c.Max = max(c.Max, w.Mentions)
	}
	if c.Max == 0 {
		return c
	}
	n := int(last.Sub(first).Hours()/(24*7)) + 1
	bw := max(1, chartW/n)
	for i := range n {
		wk := first.AddDate(0, 0, 7*i).Format(time.DateOnly)
		h := counts[wk] * (chartH - 10) / c.Max
		c.Bars = append(c.Bars, bar{X: i * chartW / n, Y: chartH - h, W: bw, H: h, Title: wk + ": " + itoa(counts[wk])})
	}
	c.First, c.Last = first.Format(time.DateOnly), last.Format(time.DateOnly)
	return c
}
