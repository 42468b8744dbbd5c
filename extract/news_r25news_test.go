package extract

import "testing"

func TestAnnotator_R25NamedLine(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a line's number and its name", "The city pays for weekend service on Line 5 Kessel and the first year of Line 6 Tarvo West.",
			[]string{"LOC Line 5 Kessel", "LOC Line 6 Tarvo West"}},
		{"a parkway", "Traffic on the Orvane Valley Parkway was slow.",
			[]string{"LOC Orvane Valley Parkway"}},
		{"a form's line", "Enter the total on Line 4 of the form.",
			nil},
		{"a month after the number", "Line 12 January figures were wrong.",
			nil},
	})
}

func TestAnnotator_R25DashRoads(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two towns name a highway", "Money for the Tarvoski–Kesselje highway was voted.\n\nThe fund will review the plan in Tarvoski in January.",
			[]string{"LOC Tarvoski–Kesselje", "GPE Tarvoski"}},
		{"a hyphen and a motorway", "Work on the Tarvoski-Kesselje motorway began.",
			[]string{"LOC Tarvoski-Kesselje"}},
		{"a route keeps two towns", "Cancellations on the Lyonnaise–Grenoble route grew.",
			[]string{"GPE Lyonnaise", "GPE Grenoble"}},
		{"a body's name before the road", "The Kessel Group–Tarvo road deal was signed.",
			[]string{"ORG Kessel Group"}},
		{"roads one after another, each read after the one before moved the mentions",
			"Trucks left the Tarvoski–Kesselje highway for the Orvanec–Ilkovo road, then the Brasko–Morrowin motorway.",
			[]string{"LOC Tarvoski–Kesselje", "LOC Orvanec–Ilkovo", "LOC Brasko–Morrowin"}},
	})
}

func TestAnnotator_R25PlaceInSite(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a place in another and a base", "The jets made stops at Tarvo in the Azores and Kessel Air Base in Spain.",
			[]string{"GPE Tarvo", "GPE Azores", "LOC Kessel Air Base", "GPE Spain"}},
		{"a site of two words beside a site", "Homes at Diyar Al Tarvoz and Kessel Bay were sold.",
			[]string{"LOC Diyar Al Tarvoz", "LOC Kessel Bay"}},
		{"one word shares the head", "Ferries to the Tarvo and Kessel Islands stopped.",
			[]string{"LOC Tarvo and Kessel Islands"}},
		{"a body's name with and", "Shares of the Bank of Tarvo and Kessel Port rose.",
			[]string{"ORG Bank of Tarvo and Kessel Port"}},
		{"a body's name with of", "The Port of Tarvo in Orvania and Kessel Dock Company said so.",
			[]string{"ORG Port of Tarvo in Orvania and Kessel Dock Company"}},
	})
}

func TestAnnotator_R25PlacePrepositionPersons(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"sea trials off a town", "The submarine completed sea trials off Tarvo Kesselmann and sailed home.",
			[]string{"GPE Tarvo Kesselmann"}},
		{"a site after at", "Spares at Ali Al Tarvem cost more.",
			[]string{"LOC Ali Al Tarvem"}},
		{"a town after in", "Villagers in Alfonso Kessaro were told to stay on alert.",
			[]string{"GPE Alfonso Kessaro"}},
		{"the list after the town", "Villagers in Alfonso Kessaro and Tarvelby were told to stay on alert.",
			[]string{"GPE Alfonso Kessaro", "GPE Tarvelby"}},
		{"a possessive names the person", "Talks were held in Tarvo Kesselmann's office.",
			[]string{"PERSON Tarvo Kesselmann"}},
		{"a swipe at someone", "The minister took a swipe at Tarvo Kesselmann.",
			[]string{"PERSON Tarvo Kesselmann"}},
		{"a game's text", "The striker headed in from Tarvo Kesselmann's cross before the equaliser came off Orvo Brandtke.",
			[]string{"PERSON Tarvo Kesselmann", "PERSON Orvo Brandtke"}},
	})
}

func TestAnnotator_R25KindNounList(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two districts", "The party complained of late results from Tarvoli and Kessano districts in the south.",
			[]string{"GPE Tarvoli", "GPE Kessano"}},
		{"three neighbourhoods", "Roads in the Tarvoli, Orvano and Kessano neighbourhoods were shut.",
			[]string{"LOC Tarvoli", "LOC Orvano", "LOC Kessano"}},
		{"one district", "Roads in the Tarvoli district were shut.",
			[]string{"GPE Tarvoli"}},
		{"no kind noun after the list", "Tarvoli and Kessano signed the deal.",
			[]string{"PERSON Tarvoli", "PERSON Kessano"}},
	})
}
