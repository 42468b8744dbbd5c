package crawlers

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// xmlDecl finds an XML declaration's encoding, after any comments a
// generator put before it (Yoast does).
var xmlDecl = regexp.MustCompile(`^(?s:\s*(?:<!--.*?-->\s*)*)<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// sniffLen is how far declarations are looked for, as in the HTML standard's
// prescan.
const sniffLen = 1024

// toUTF8 returns a response body as UTF-8. colly has already transcoded
// bodies whose Content-Type names a charset, so what is left to decode is a
// body that declared nothing there or claimed UTF-8 wrongly: a byte-order
// mark decides, then valid UTF-8 stays as it is, then an XML declaration or
// <meta> charset, else windows-1252 (what browsers assume for undeclared
// legacy pages).
func toUTF8(body []byte) []byte {
	if hasBOM(body) {
		enc, _, _ := charset.DetermineEncoding(body, "text/plain") // the BOM decides
		return fixXMLDecl(decodeWith(enc, body))
	}
	if utf8.Valid(body) {
		return fixXMLDecl(body)
	}
	return fixXMLDecl(decodeWith(sniffEncoding(body), body))
}

// DecodeBody returns a page saved with the given Content-Type (empty when
// unknown) as UTF-8, the way the crawler decodes what it fetches: a charset
// in the Content-Type first, then what toUTF8 finds in the body.
func DecodeBody(body []byte, contentType string) []byte {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if enc, err := htmlindex.Get(params["charset"]); err == nil && enc != unicode.UTF8 {
			return fixXMLDecl(decodeWith(enc, body))
		}
	}
	return toUTF8(body)
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) ||
		bytes.HasPrefix(b, []byte{0xFE, 0xFF}) || bytes.HasPrefix(b, []byte{0xFF, 0xFE})
}

// sniffEncoding reads an XML declaration or an HTML <meta> charset; a page
// that declares nothing usable is windows-1252.
func sniffEncoding(body []byte) encoding.Encoding {
	head := body[:min(len(body), sniffLen)]
	if m := xmlDecl.FindSubmatch(head); m != nil {
		if enc, err := htmlindex.Get(string(m[1])); err == nil {
			return enc
		}
	}
	// A <meta> charset counts though DetermineEncoding calls it uncertain;
	// its "utf-8" is a guess from an ASCII head, and the body is not UTF-8.
	if enc, name, _ := charset.DetermineEncoding(body, "text/html"); name != "utf-8" {
		return enc
	}
	return charmap.Windows1252
}

// decodeWith transcodes body, replacing what cannot be decoded.
func decodeWith(enc encoding.Encoding, body []byte) []byte {
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		out = body
	}
	out = bytes.TrimPrefix(out, []byte("\uFEFF"))
	return bytes.ToValidUTF8(out, []byte("\uFFFD"))
}

// fixXMLDecl makes an XML declaration say UTF-8 once the body is UTF-8, so
// feed and sitemap parsers do not decode it a second time.
func fixXMLDecl(body []byte) []byte {
	head := body[:min(len(body), sniffLen)]
	m := xmlDecl.FindSubmatchIndex(head)
	if m == nil || strings.EqualFold(string(head[m[2]:m[3]]), "utf-8") {
		return body
	}
	out := make([]byte, 0, len(body))
	out = append(out, body[:m[2]]...)
	out = append(out, "UTF-8"...)
	return append(out, body[m[3]:]...)
}
