package extract

import "testing"

// Bodies' names by their structure: found on the written9 development set,
// tested on sentences written for the test.
func TestBodyNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a body's kind, of and a field no list names, and a second field",
			"The Ministry of Ports and Shipping said the Office of Roads and Bridges would pay.",
			[]string{"ORG Ministry of Ports and Shipping", "ORG Office of Roads and Bridges"}},
		{"a field of one word may be a company's head word; a second body or a person after and is apart",
			"The Ministry of Energy and Mines met the Office of Budget and Kessel Dynamics.",
			[]string{"ORG Ministry of Energy and Mines", "ORG Office of Budget", "ORG Kessel Dynamics"}},
		{"assemblies, parliaments, senates and municipalities of a place",
			"The Municipality of Orvane and the Assembly of the Republic thanked the Senate of Kessel.",
			[]string{"ORG Municipality of Orvane", "ORG Assembly of the Republic", "ORG Senate of Kessel"}},
		{"Malay, Indonesian, Dutch and French parties and coalitions",
			"The Parti Kessel Raya left the Pakatan Orvane, and the Partij van de Tarvel joined the Parti Socialiste.",
			[]string{"ORG Parti Kessel Raya", "ORG Pakatan Orvane", "ORG Partij van de Tarvel", "ORG Parti Socialiste"}},
		{"a name no cue labels, shortened to its initials, is a body's; its initials again too",
			"Mark Rutte met the Christian Democratic Appeal (CDA) on Monday. The CDA said it would wait.",
			[]string{"PERSON Mark Rutte", "ORG Christian Democratic Appeal", "ORG CDA -> Christian Democratic Appeal", "ORG CDA -> Christian Democratic Appeal"}},
		{"a person's initials stay a person's; initials before a noun name a kind of thing",
			"John Fitzgerald Kennedy (JFK) praised the Orvane Long Range Array (OLRA) radar.",
			[]string{"PERSON John Fitzgerald Kennedy"}},
	})
}

// Ships and platforms by structure, found on the written9 development set.
func TestShipAndPlatformNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"more navies' ship prefixes",
			"The corvette ARA Kessel met BAP Orvane, NRP Tarvel and KNM Varga off the coast.",
			[]string{"PLATFORM ARA Kessel", "PLATFORM BAP Orvane", "PLATFORM NRP Tarvel", "PLATFORM KNM Varga"}},
		{"a navy's adjective before a class's name stays outside it",
			"A Danish Absalon-class ship and a Spanish Kessel Varga-class frigate sailed.",
			[]string{"PLATFORM Absalon", "PLATFORM Kessel Varga"}},
		{"a listed platform's name does not go on with a connector",
			"The jet will replace the Eurofighter Typhoon in Royal Air Force service.",
			[]string{"PLATFORM Eurofighter Typhoon -> Typhoon", "ORG Royal Air Force"}},
	})
}
