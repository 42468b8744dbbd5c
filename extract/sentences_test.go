package extract

import (
	"reflect"
	"testing"
)

func TestSentenceSpans(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "The navy bought boats. The army waited.", []string{"The navy bought boats.", "The army waited."}},
		{"abbreviated title", "Gen. Rao met Dr. Lee on Tuesday. They spoke.", []string{"Gen. Rao met Dr. Lee on Tuesday.", "They spoke."}},
		{"initial", "It was signed by J. Kumar in Delhi.", []string{"It was signed by J. Kumar in Delhi."}},
		{"country abbreviation", "The U.S. Navy sailed. Then it rained!", []string{"The U.S. Navy sailed.", "Then it rained!"}},
		{"quote closes", `He said "we are ready." Nobody replied.`, []string{`He said "we are ready."`, "Nobody replied."}},
		{"lower case after stop", "Version 2.5 is out. see notes", []string{"Version 2.5 is out. see notes"}},
		{"paragraphs", "First line\n\nSecond line", []string{"First line", "Second line"}},
		{"number follows", "It cost Rs. 500 crore. 2024 was a record.", []string{"It cost Rs. 500 crore.", "2024 was a record."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range SentenceSpans(tt.text) {
				got = append(got, tt.text[s[0]:s[1]])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
