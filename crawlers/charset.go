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
)

// xmlDecl finds an XML declaration's encoding, after any comments a
// generator put before it (Yoast does).
var xmlDecl = regexp.MustCompile(`^(?s:\s*(?:<!--.*?-->\s*)*)<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// sniffLen is how far declarations are looked for, as in the HTML standard's
// prescan.
const sniffLen = 1024

// toUTF8 returns a response body as UTF-8. colly has already transcoded
// bodies whose Content-Type names a charset other than UTF-8, so only
// undeclared or mislabelled UTF-8 bodies are decoded here: a byte-order
// mark, then valid UTF-8, then an XML declaration or <meta> charset, else
// windows-1252 (what browsers assume for undeclared legacy pages).
func toUTF8(body []byte, contentType string) []byte {
	if declared := headerCharset(contentType); declared != "" && !isUTF8Label(declared) {
		return fixXMLDecl(body)
	}
	if hasBOM(body) {
		enc, _, _ := charset.DetermineEncoding(body, "text/plain") // the BOM decides
		return fixXMLDecl(decodeWith(enc, body))
	}
	if utf8.Valid(body) {
		return fixXMLDecl(body)
	}
	return fixXMLDecl(decodeWith(sniffEncoding(body), body))
}

func headerCharset(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(params["charset"]))
}

func isUTF8Label(label string) bool { return label == "utf-8" || label == "utf8" }

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
	if enc, _, certain := charset.DetermineEncoding(body, "text/html"); certain {
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
	if m == nil || isUTF8Label(strings.ToLower(string(head[m[2]:m[3]]))) {
		return body
	}
	out := make([]byte, 0, len(body))
	out = append(out, body[:m[2]]...)
	out = append(out, "UTF-8"...)
	return append(out, body[m[3]:]...)
}
