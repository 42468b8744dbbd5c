package extract

import (
	"strconv"
	"strings"
)

// projectDomains open the numbers of Australian defence projects as the
// Department of Defence's Integrated Investment Program writes them: a
// domain in capitals and a number ("LAND 400", "SEA 1000", "AIR 6000",
// "JP 9102" for joint projects, "DEF 799", "ICT 2270").
var projectDomains = map[string]bool{"LAND": true, "SEA": true, "AIR": true, "JOINT": true, "JP": true, "DEF": true, "ICT": true}

// capabilityProject reads such a project, its number inside the span and
// a phase after it outside ("LAND 400 Phase 3" gives "LAND 400"). A number
// that could be a year counts only before a phase ("JP 2072 Phase 2B"):
// "AIR 2026" in a headline in capitals is no project.
func (d *doc) capabilityProject(ps []piece) bool {
	s := ps[0].s
	if !projectDomains[d.toks[s].text] || s+1 >= len(d.toks) {
		return false
	}
	n := d.toks[s+1]
	if n.glued || len(n.text) < 3 || len(n.text) > 4 || strings.Trim(n.text, "0123456789") != "" {
		return false
	}
	if y, _ := strconv.Atoi(n.text); y >= 1900 && y <= 2100 && (s+2 >= len(d.toks) || !phaseWords.has(d.toks[s+2].text)) {
		return false
	}
	d.addReadRest(ps, s, s+2, "PROGRAM")
	return true
}
