package samplesites

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"sync"
)

// bombMember is one gzip member of 64 MiB of zeros, about 64 KB: members
// concatenate into one valid gzip stream.
var bombMember = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // a valid level never fails
	zero := make([]byte, 1<<20)
	for range 64 {
		zw.Write(zero) //nolint:errcheck // a bytes.Buffer never fails
	}
	zw.Close() //nolint:errcheck
	return buf.Bytes()
})

// GzipBomb answers every request with a gzip stream that inflates to
// inflated bytes of zeros (rounded up to 64 MiB), about a thousandth of that
// on the wire, for tests of decompression limits. It holds one 64 KB member
// in memory, whatever the size, and stops when the client hangs up. header
// sets the response headers (Content-Type, Content-Encoding).
func GzipBomb(inflated int64, header func(http.Header)) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		header(w.Header())
		member := bombMember()
		for sent := int64(0); sent < inflated; sent += 64 << 20 {
			if _, err := w.Write(member); err != nil {
				return
			}
		}
	}
}
