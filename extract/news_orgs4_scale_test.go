package extract_test

import (
	"fmt"
	"strings"
)

// orgsHostileOf is generated text that stresses the round-4 organisation
// passes (TestAnnotate_LinearInLength times it): long lists of unknown
// names with a known company, names joined by "&", chains of possessive
// names, bracketed acronyms after organisations, and one sense per text
// over many lone names.
func orgsHostileOf(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n*6; i++ {
		fmt.Fprintf(&b, "Google, Velto%d, Quorlix Vane%d, Tarsk%d and Orlith bid, and Marsh%d & Vell%d said Macy%d's and Kohl%d's and Dillon%d's fell. ",
			i%997, i%991, i%983, i%977, i%971, i%967, i%953, i%947)
		fmt.Fprintf(&b, "The Kessvale Trade Union (KTU%d) met analysts at Velto%d, and Velto%d shut its plant. ", i%941, i%997, i%997)
		if i%20 == 19 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}
