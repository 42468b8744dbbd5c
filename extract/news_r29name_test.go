package extract

import "testing"

func TestAnnotator_R29TopicProgram(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"one unknown word and its topic", "The Zorvan modernisation programme, launched in 2016, also covers tanks.",
			[]string{"PROGRAM Zorvan"}},
		{"a name with a connector and its topic", "Negotiators won more money for the Kids Back on Track tutoring programme.",
			[]string{"PROGRAM Kids Back on Track"}},
		{"a code before a possessive scheme", "The minister promised to complete the K-IX water scheme's first phase.",
			[]string{"PROGRAM K-IX"}},
		{"two words of topic", "Councillors backed the Tarvomark rural housing strategy on Monday.",
			[]string{"PROGRAM Tarvomark"}},
		{"a people's adjective is the country's", "The Peruvian space programme grew this year.",
			nil},
		{"a given name alone may be the person's", "Critics attacked the Maria pension plan and the Maria tax scheme.",
			nil},
		{"a firm's name keeps its head", "Staff of the Brenmoor Industries pension scheme voted.",
			[]string{"ORG Brenmoor Industries"}},
		{"three words of topic are a sentence's", "The Zorvan rail line plan fell through.",
			nil},
	})
}

func TestAnnotator_R29BracketUnitNumber(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a task force's letters and number", "Partners of Joint Task Force 151 (JTF 151) met in port.",
			[]string{"ORG Joint Task Force 151", "ORG JTF 151 -> Joint Task Force 151"}},
		{"a regiment's letters that are not its initials", "The Tarvo Regiment (R 12) will grow to 1,100 soldiers.",
			[]string{"ORG Tarvo Regiment", "ORG R 12 -> Tarvo Regiment"}},
		{"a year in brackets is no short form", "The Kessel Regiment (Est 1921) paraded.",
			[]string{"ORG Kessel Regiment"}},
		{"a word in lower case is no short form", "The Kessel Regiment (about 600) paraded.",
			[]string{"ORG Kessel Regiment"}},
		{"after a place nothing is read", "Soldiers from Tarvo (R 12) paraded.",
			[]string{"GPE Tarvo"}},
	})
}

func TestAnnotator_R29PairedPlatform(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an unknown name before a model and their plural kind", "The plant will build Tarvomark and ThunderX reconnaissance drones.",
			[]string{"PLATFORM Tarvomark", "PLATFORM ThunderX"}},
		{"a camel-case model before another", "The plant will build the WanderX and ThunderX reconnaissance drones for the army.",
			[]string{"PLATFORM WanderX", "PLATFORM ThunderX"}},
		{"a singular noun is one thing", "The plant will build Tarvomark and ThunderX reconnaissance drone.",
			[]string{"PLATFORM ThunderX"}},
		{"a word opening the sentence may be a common one", "Tarvomark and ThunderX reconnaissance drones flew.",
			[]string{"PLATFORM ThunderX"}},
		{"a longer run is left to the chunk rules", "The plant will build Brenmoor Kessel Tarvik Selmar and ThunderX reconnaissance drones.",
			[]string{"PLATFORM ThunderX"}},
	})
}
