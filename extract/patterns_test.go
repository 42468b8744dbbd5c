package extract

import (
	"strings"
	"testing"
	"time"
)

// TestAnnotator_GeneralPatterns: the shapes of names that unseen text is
// full of (issue 9, item 3), each on sentences written for the test.
func TestAnnotator_GeneralPatterns(t *testing.T) {
	a := newTestAnnotator(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"long names with lower-case function words inside",
			"The Centre for Coastal Law and Policy hosted the talks.",
			[]string{"ORG Centre for Coastal Law and Policy"}},
		{"an agreement concerning something of something",
			"Both sides signed the Agreement Concerning the Transfer of Marine Survey Data.",
			[]string{"PROGRAM Agreement Concerning the Transfer of Marine Survey Data"}},
		{"a partnership for something and something",
			"The Partnership for Coastal Resilience and Trade funds ports.",
			[]string{"PROGRAM Partnership for Coastal Resilience and Trade"}},
		{"a name that ends with a year",
			"The plan, Harbour Vision 2047, sets the goals.",
			[]string{"PROGRAM Harbour Vision 2047"}},
		{"designation plus name and mark",
			"The navy flies the MQ-4C Triton and the P-8I Poseidon, and the air force ordered the F-15EX Eagle II and the KC-46A Pegasus.",
			[]string{"PLATFORM MQ-4C Triton -> Triton", "PLATFORM P-8I Poseidon", "PLATFORM F-15EX Eagle II", "PLATFORM KC-46A Pegasus"}},
		{"a defined acronym takes its long form's label; systems and missiles are platforms",
			"The army wants more Man-Portable Air Defence Systems (MANPADS), and the Long Range Strike Missile (LRSM) was tested.",
			[]string{"PLATFORM Man-Portable Air Defence Systems", "PLATFORM MANPADS -> Man-Portable Air Defence Systems",
				"PLATFORM Long Range Strike Missile", "PLATFORM LRSM -> Long Range Strike Missile"}},
		{"the acronym first, the long form after",
			"The KRV (Kestrel Recovery Vehicle) was shown.",
			[]string{"PLATFORM KRV -> Kestrel Recovery Vehicle", "PLATFORM Kestrel Recovery Vehicle"}},
		{"vessel prefixes start a platform, a shore base is a place",
			"HMAS Stalwart and ROKS Sejong sailed from INS Kadamba, the naval base at Karwar.",
			[]string{"PLATFORM HMAS Stalwart", "PLATFORM ROKS Sejong", "LOC INS Kadamba", "GPE Karwar"}},
		{"sentence-initial words never start a name",
			"Under Secretary Ilsa Brandt spoke. Through Harwick Industries, the plan moved. With Harwick Group gone, fares rose.",
			[]string{"PERSON Ilsa Brandt", "ORG Harwick Industries", "ORG Harwick Group"}},
		{"a function word after a dash opens no name",
			"Officials met — The Harwick Group said nothing.",
			[]string{"ORG Harwick Group"}},
		{"text in capitals: names found as in mixed case, a surname in capitals is no organisation",
			"PRIME MINISTER'S OFFICE\nNEW DELHI: The MINISTRY OF DEFENCE signed a deal with HINDUSTAN AERONAUTICS LIMITED, said RAJNATH SINGH.",
			[]string{"ORG PRIME MINISTER'S OFFICE -> Prime Minister's Office", "GPE NEW DELHI -> New Delhi",
				"ORG MINISTRY OF DEFENCE -> Ministry of Defence", "ORG HINDUSTAN AERONAUTICS LIMITED -> Hindustan Aeronautics Limited",
				"PERSON RAJNATH SINGH -> Rajnath Singh"}},
		{"datelines give their places; abbreviated U.S. states are GPEs",
			"SAN DIEGO, Calif. — Staff moved from Seattle, Wash., to Plano, Tex., last year.",
			[]string{"GPE SAN DIEGO -> San Diego", "GPE Calif. -> California", "GPE Seattle", "GPE Wash. -> Washington", "GPE Plano", "GPE Tex. -> Texas"}},
		{"organisations known by two plain words, from context",
			"Last week Rocket Forge launched a satellite, and shares of Corvel Studios rose. Brindle Rovers signed for the striker, the club said in a statement.",
			[]string{"ORG Rocket Forge", "ORG Corvel Studios", "ORG Brindle Rovers"}},
		{"aircraft model numbers with a maker or a family name",
			"The Airbus A321neo, the A330 MRTT and the Embraer E195-E2 were shown.",
			[]string{"PLATFORM Airbus A321neo", "PLATFORM A330 MRTT", "PLATFORM Embraer E195-E2"}},
		{"what is not a name: indices, currency codes, fiscal years, festivals, handles",
			"The Nifty 50 fell, the USD weakened, FY2025 targets were missed during Diwali, and @Harbourline posted.",
			nil},
		{"names with hyphens and apostrophes",
			"Anne-Marie Whitlock met Conan O’Brennan, Catherine Zeta-Morgan and Lee Hsien-loong.",
			[]string{"PERSON Anne-Marie Whitlock", "PERSON Conan O’Brennan", "PERSON Catherine Zeta-Morgan", "PERSON Lee Hsien-loong"}},
		{"stadiums, prisons, neighbourhoods and celestial bodies are places",
			"Fans filled Harlow Stadium, the convicts left Tarkin Jail, and the probe reached Mars.",
			[]string{"LOC Harlow Stadium", "LOC Tarkin Jail", "LOC Mars"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(a.Annotate(tt.text, time.Time{}), true)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Annotate(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}
