package extract

// Labels are the entity labels of shared/corpus/GUIDELINES.md.
var Labels = []string{"PERSON", "ORG", "GPE", "LOC", "PROGRAM", "PLATFORM", "MONEY"}

// Entity is one mention in an article's text.
type Entity struct {
	Start     int    `json:"start"` // byte offsets into the text, end exclusive
	End       int    `json:"end"`
	Label     string `json:"label"`
	Text      string `json:"text"`
	Canonical string `json:"canonical"`
	// MONEY only: Value in whole units of Currency (ISO 4217); ValueMax the
	// upper bound of a range; USD the value converted with configs/fx.yaml
	// at the rate of USDYear, the article's year or, when the table lacks
	// it, the nearest year it has (0 for amounts already in dollars).
	Value    *float64 `json:"value,omitempty"`
	ValueMax *float64 `json:"value_max,omitempty"`
	Currency string   `json:"currency,omitempty"`
	USD      *float64 `json:"usd,omitempty"`
	USDYear  int      `json:"usd_year,omitempty"`
}

// Alias is a reviewer's decision that a surface form names an entity; the
// annotator applies aliases on top of its own rules.
type Alias struct {
	Text      string `json:"text"`
	Label     string `json:"label"`
	Canonical string `json:"canonical"`
}
