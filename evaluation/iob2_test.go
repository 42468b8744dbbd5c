package evaluation

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/trawl/trawl/internal/shareddata"
)

func writeIOB2(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "en_sample-dev.iob2")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadIOB2(t *testing.T) {
	p := writeIOB2(t, `# newdoc id = one
# sent_id = one-1
# text = Mara Quill flew to New Harrow .
1	Mara	B-PER	-	-
2	Quill	I-PER	-	-
3	flew	O	-	-
4	to	O	-	-
5	New	B-LOC	-	-
6	Harrow	I-LOC	-	-
7	.	O	-	-

# sent_id = one-2
# text = Brindle Works hired her.
1	Brindle	B-ORG	-	-
2	Works	I-ORG	-	-
3	hired	O	-	-
4	her	O	-	-
5	.	O	-	-

# newdoc id = two
# text = Ask Oslo Tech
1	Ask	O	-	-
2	Oslo	B-LOC	-	-
3	Tech	B-ORG	-	-
`)
	golds, err := ReadGold(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 2 || !IsUNER(golds) {
		t.Fatalf("got %d documents, UNER %v", len(golds), IsUNER(golds))
	}
	if want := "Mara Quill flew to New Harrow .\n\nBrindle Works hired her."; golds[0].Text != want {
		t.Fatalf("text %q, want %q", golds[0].Text, want)
	}
	var got []string
	for _, g := range golds {
		for _, e := range g.Entities {
			if g.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: offsets %d:%d give %q, not %q", g.ID, e.Start, e.End, g.Text[e.Start:e.End], e.Text)
			}
			got = append(got, e.Label+":"+e.Text)
		}
	}
	// a B- tag right after another entity starts a new one ("Oslo", "Tech")
	want := []string{"PERSON:Mara Quill", "GPE:New Harrow", "ORG:Brindle Works", "GPE:Oslo", "ORG:Tech"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("entities %v, want %v", got, want)
	}
}

func TestReadIOB2_Errors(t *testing.T) {
	for name, body := range map[string]string{
		"token not in text": "# newdoc id = a\n# text = One two\n1\tOne\tO\n2\tthree\tO\n",
		"unknown type":      "# newdoc id = a\n# text = One two\n1\tOne\tB-MISC\n",
		"unknown tag":       "# newdoc id = a\n# text = One two\n1\tOne\tX-PER\n",
		"short line":        "# newdoc id = a\n# text = One two\n1\tOne\n",
		"token before text": "1\tOne\tO\n",
	} {
		p := writeIOB2(t, body)
		_, err := ReadGold(p)
		if err == nil || !strings.Contains(err.Error(), p+":") {
			t.Errorf("%s: error %v, want one naming %s and the line", name, err, p)
		}
	}
}

// TestReadIOB2_AgreesWithShippedConversion: reading a published test file
// gives what shared/datasets converted from it (texts, offsets, labels), so
// the dev split is scored the same way as the test sets.
func TestReadIOB2_AgreesWithShippedConversion(t *testing.T) {
	dir := shareddata.Path(t, "datasets", "uner-english-ewt")
	fromIOB2, err := ReadGold(filepath.Join(dir, "en_ewt-ud-test.iob2"))
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := ReadGold(filepath.Join(dir, "test.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(fromIOB2) != len(shipped) {
		t.Fatalf("%d documents from the .iob2 file, %d in test.jsonl", len(fromIOB2), len(shipped))
	}
	for i, g := range fromIOB2 {
		s := shipped[i]
		if g.Text != s.Text || !slices.Equal(g.Entities, s.Entities) {
			t.Fatalf("document %d (%s) differs from %s", i, g.ID, s.ID)
		}
	}
}
