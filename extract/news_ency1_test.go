package extract

import "testing"

// TestAnnotator_NewsEncy1Rules: each rule of news_ency1.go on sentences
// written for the test, with the cases it must leave alone.
func TestAnnotator_NewsEncy1Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a quoted title after a work's noun or a verb of making works",
			`Her first novel, "The Road to Tarvel", and the ballet "Prince Ostrel" were written in Vienna; he wrote "Lima Nights" in 1950.`,
			[]string{"GPE Vienna"}},
		{"a quotation that no work's noun opens keeps its names",
			`"Ostrel Bane will stay in Lima," said the club's director.`,
			[]string{"PERSON Ostrel Bane", "GPE Lima"}},
		{"a given name, a particle and a place or a company",
			"The fresco was painted by Leonardo da Rimini, and Marco di Verona restored it.",
			[]string{"PERSON Leonardo da Rimini", "PERSON Marco di Verona"}},
		{"a company before a particle that no given name opens stays a company",
			"Boeing de Mexico opened a plant.",
			[]string{"ORG Boeing", "GPE Mexico"}},
		{"a given name, a surname and a town that is a family name too",
			"In 1840 the bishop Tavio Ferreira Lima met Ildo Lima Ortiz.",
			[]string{"PERSON Tavio Ferreira Lima", "PERSON Ildo Lima Ortiz"}},
		{"a country after a person's name is no surname",
			"Fans of Tavio Ortiz Brazil cheered.",
			[]string{"PERSON Tavio Ortiz", "GPE Brazil"}},
		{"a ruler's epithet is part of the name",
			"Ostrel the Great and Varimund the Elder fought Suleiman the Magnificent.",
			[]string{"PERSON Ostrel the Great", "PERSON Varimund the Elder", "PERSON Suleiman the Magnificent"}},
		{"an epithet's word before another name is a name of its own",
			"Tourists from Lima the Great Barrier Reef drew came by ship.",
			[]string{"GPE Lima", "LOC Great Barrier Reef"}},
		{"a town's name after a person's role is a given name",
			"He married the painter Ngozi Okparaeke in 1970.",
			[]string{"PERSON Ngozi Okparaeke"}},
		{"an island or a summit named as such is a place of nature",
			"The island of Gotland and the summit of Everest were mapped.",
			[]string{"LOC Gotland", "LOC Everest"}},
		{"a country after 'the nation of' stays a country",
			"The nation of Malta joined in 2004.",
			[]string{"GPE Malta"}},
		{"a language's name alone is no entity",
			"She translated Tarvel's poems from Yiddish into Swahili and Hebrew.",
			[]string{"PERSON Tarvel"}},
	})
}
