package export

import (
	"testing"

	"github.com/trawl/trawl/extract"
)

func TestSentenceText_StraddlingMention(t *testing.T) {
	text := "Alpha ends here. Beta starts there."
	spans := extract.SentenceSpans(text)
	if got := sentenceText(text, spans, 0, 5); got != "Alpha ends here." {
		t.Errorf("sentence of Alpha = %q", got)
	}
	if got := sentenceText(text, spans, 11, 22); got != text {
		t.Errorf("straddling mention's sentence = %q, want both sentences", got)
	}
}
