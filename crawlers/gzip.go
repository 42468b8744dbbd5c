package crawlers

import (
	"bufio"
	"compress/gzip"
	"io"
	"net/http"
	"strings"
)

// gunzipTransport unpacks gzip bodies itself, bounded, before colly sees
// them. colly would inflate a body that Content-Encoding, a gzip
// Content-Type or a .gz path announces without any limit (its MaxBodySize
// counts compressed bytes), so a few megabytes on the wire could fill
// memory. Here the inflated stream is cut one byte past limit, which the
// size check then reports as ErrTooLarge. Bodies the standard transport
// already inflated (it asked for gzip itself) are read through colly's
// limit on inflated bytes and pass untouched.
type gunzipTransport struct {
	base  http.RoundTripper
	limit int64 // max_body_size
}

func (t *gunzipTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil || !gzipAnnounced(resp) {
		return resp, err
	}
	br := bufio.NewReader(resp.Body)
	if magic, _ := br.Peek(2); len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		// Announced as gzip but plain (servers that unpack .xml.gz for you).
		resp.Body = readCloser{br, resp.Body}
		resp.Uncompressed = true
		return resp, nil
	}
	resp.Body = &gunzipBody{src: br, raw: resp.Body, limit: t.limit + 1}
	resp.Header.Del("Content-Encoding")
	resp.Header.Del("Content-Length")
	resp.ContentLength = -1
	resp.Uncompressed = true // tells colly the body is unpacked
	return resp, nil
}

// gzipAnnounced reports the responses colly would unpack: its own test.
func gzipAnnounced(resp *http.Response) bool {
	if resp.Uncompressed || resp.Request == nil {
		return false
	}
	enc := strings.ToLower(resp.Header.Get("Content-Encoding"))
	return strings.Contains(enc, "gzip") ||
		(enc == "" && strings.Contains(strings.ToLower(resp.Header.Get("Content-Type")), "gzip")) ||
		strings.HasSuffix(strings.ToLower(resp.Request.URL.Path), ".gz")
}

type readCloser struct {
	io.Reader
	io.Closer
}

// gunzipBody inflates lazily, so a bad gzip header is a read error of the
// page, not a transport error, and stops after limit inflated bytes.
type gunzipBody struct {
	src   *bufio.Reader
	raw   io.Closer
	limit int64
	zr    *gzip.Reader
	r     io.Reader
}

func (b *gunzipBody) Read(p []byte) (int, error) {
	if b.r == nil {
		zr, err := gzip.NewReader(b.src)
		if err != nil {
			return 0, err
		}
		b.zr, b.r = zr, io.LimitReader(zr, b.limit)
	}
	return b.r.Read(p)
}

func (b *gunzipBody) Close() error {
	if b.zr != nil {
		b.zr.Close()
	}
	return b.raw.Close()
}
