package crawlers

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func encoded(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestToUTF8_Decodes(t *testing.T) {
	const text = "Café “quoted” — ₹ and Hindi हिन्दी"
	latin := "Café “quoted” — déjà"
	tests := []struct {
		name string
		body []byte
		want string
	}{
		{"valid UTF-8 kept", []byte("<p>" + text + "</p>"), "<p>" + text + "</p>"},
		// A body that decodes as UTF-8 is UTF-8 whatever a stale <meta> says.
		{"valid UTF-8 under a legacy meta", []byte(`<meta charset="iso-8859-1">` + text), `<meta charset="iso-8859-1">` + text},
		{"windows-1252 by meta", append([]byte(`<meta charset="windows-1252"><p>`), encoded(t, charmap.Windows1252, latin)...),
			`<meta charset="windows-1252"><p>` + latin},
		{"ISO-8859-1 by http-equiv", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>`), encoded(t, charmap.ISO8859_1, "déjà vu")...),
			`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>déjà vu`},
		{"Shift_JIS by meta", append([]byte(`<meta charset="shift_jis"><p>`), encoded(t, japanese.ShiftJIS, "雨の鎌倉")...),
			`<meta charset="shift_jis"><p>雨の鎌倉`},
		{"GBK by http-equiv", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=gbk"><p>`), encoded(t, simplifiedchinese.GBK, "老城区管网改造")...),
			`<meta http-equiv="Content-Type" content="text/html; charset=gbk"><p>老城区管网改造`},
		{"windows-1251 by meta", append([]byte(`<meta charset="windows-1251"><p>`), encoded(t, charmap.Windows1251, "Новые трамваи")...),
			`<meta charset="windows-1251"><p>Новые трамваи`},
		{"undeclared legacy falls back to windows-1252", encoded(t, charmap.Windows1252, latin), latin},
		{"mislabelled as UTF-8", append([]byte(`<meta charset="windows-1252">`), encoded(t, charmap.Windows1252, latin)...),
			`<meta charset="windows-1252">` + latin},
		{"UTF-16 with BOM", encoded(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), text), text},
		{"UTF-8 BOM dropped", append([]byte("\xEF\xBB\xBF"), text...), text},
		{"XML declaration", append([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>`), encoded(t, charmap.ISO8859_1, "café")...),
			`<?xml version="1.0" encoding="UTF-8"?><rss><title>café`},
		{"XML declaration after a comment", append([]byte("<!-- gen -->\n<?xml version='1.0' encoding='windows-1252'?><urlset>"), encoded(t, charmap.Windows1252, "“x”")...),
			"<!-- gen -->\n<?xml version='1.0' encoding='UTF-8'?><urlset>“x”"},
		// colly transcodes bodies whose header names a charset; the XML
		// declaration must then stop claiming the old one.
		{"transcoded body with a stale XML declaration", []byte(`<?xml version="1.0" encoding="windows-1252"?><rss>é</rss>`),
			`<?xml version="1.0" encoding="UTF-8"?><rss>é</rss>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(toUTF8(tt.body)); got != tt.want {
				t.Errorf("toUTF8 = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestToUTF8_AlwaysValid(t *testing.T) {
	junk := []byte{0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28, 'a', 0xe2, 0x82}
	for i := range junk {
		if out := toUTF8(bytes.Clone(junk[i:])); !utf8.Valid(out) {
			t.Errorf("toUTF8(%q) = %q, not UTF-8", junk[i:], out)
		}
	}
}
