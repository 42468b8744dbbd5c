package extract

import "testing"

// TestNewsR15def_NavalLongForms: a defined acronym's long form ending in a
// ship's or a projectile's head, in common words, names a platform.
func TestNewsR15def_NavalLongForms(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a craft, frigates, a ship and a projectile by their acronyms",
			"The yard delivered the first Fast Inshore Patrol Craft (FIPC) and two Heavy Escort Frigates (HEF); the Deep Ocean Survey Ship (DOSS) and the Long Range Gliding Projectile (LRGP) follow. The DOSS sails in May.",
			[]string{"PLATFORM Fast Inshore Patrol Craft", "PLATFORM FIPC -> Fast Inshore Patrol Craft", "PLATFORM Heavy Escort Frigates", "PLATFORM HEF -> Heavy Escort Frigates",
				"PLATFORM Deep Ocean Survey Ship", "PLATFORM DOSS -> Deep Ocean Survey Ship", "PLATFORM Long Range Gliding Projectile",
				"PLATFORM LRGP -> Long Range Gliding Projectile", "PLATFORM DOSS -> Deep Ocean Survey Ship"}},
		{"a body's long form stays a body's",
			"The Centre for Naval Ship Design (CNSD) drew the hull.",
			[]string{"ORG Centre for Naval Ship Design", "ORG CNSD -> Centre for Naval Ship Design"}},
	})
}

// TestNewsR15def_NavalClass: a name before "class" in a text of navies is
// a class of ships whatever follows, and a class of a school stays none.
func TestNewsR15def_NavalClass(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a class named after a person, before a participle",
			"The navy's new patrol ship is the fifth of the Tarvo Brandt class built at the yard.",
			[]string{"PLATFORM Tarvo Brandt"}},
		{"a class before a verb and before a plural vessel noun",
			"The navy said the Orvik class began sea trials; the ships replace the Halvane-class minehunters.",
			[]string{"PLATFORM Orvik", "PLATFORM Halvane"}},
		{"no navy, no class",
			"Tarvo Brandt was top of the Orvik class of 2019.",
			[]string{"PERSON Tarvo Brandt"}},
	})
}

// TestNewsR15def_ShipPrefixes: navies' prefixes open ships' names, over a
// group's initials, a person's names and an honorific.
func TestNewsR15def_ShipPrefixes(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a Dutch prefix with its stops",
			"The navy took Zr.Ms. Kessel (M841) into service; Hr.Ms. Tarvo Brandt follows.",
			[]string{"PLATFORM Zr.Ms. Kessel", "PLATFORM M841", "PLATFORM Hr.Ms. Tarvo Brandt"}},
		{"Ms. alone is an honorific",
			"Ms. Kessel Tarvo said the yard was busy.",
			[]string{"PERSON Kessel Tarvo"}},
		{"a listed prefix before a listed company's name",
			"The drone flies from the assault ship TCG Anadolu.",
			[]string{"PLATFORM TCG Anadolu"}},
		{"a shared prefix before a person's three names",
			"The navy commissioned the helicopter carrier ENS Tarvo Kessel Brandt, one of two such ships.",
			[]string{"PLATFORM ENS Tarvo Kessel Brandt"}},
	})
}

// TestNewsR15def_Bylines: a programme after a writer's post is the body
// that employs the writer, and a byline's commas make no list of bodies.
func TestNewsR15def_Bylines(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a writer, a post, a programme and an institute",
			"By Tarvo Kessel Brandt, Senior Fellow, Orvane Security Programme, Kessel Institute\n\nThe talks resumed.",
			[]string{"PERSON Tarvo Kessel Brandt", "ORG Orvane Security Programme", "ORG Kessel Institute"}},
		{"an analysis's byline",
			"Analysis by Tarvo Kessel Brandt, Senior Fellow, Kessel Institute\n\nThe talks resumed.",
			[]string{"PERSON Tarvo Kessel Brandt", "ORG Kessel Institute"}},
		{"a programme that is no writer's employer stays a programme",
			"The grant came under the Orvane Security Programme, officials said.",
			[]string{"PROGRAM Orvane Security Programme"}},
	})
}
