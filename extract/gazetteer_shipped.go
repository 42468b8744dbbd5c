package extract

import (
	_ "embed"
	"errors"
	"strconv"
	"sync"

	"github.com/trawl/trawl/configs"
)

// The shipped gazetteer's index is written ahead, by `go generate
// ./extract`, into gazetteer_index.bin: building its maps of some 100,000
// keys was the longest part of every annotating command's start-up, and
// the written tables are read in place, a page at a time as look-ups touch
// them. The file records the entries it was written from (their number
// and a checksum); when the gazetteer differs, as after an edit not yet
// generated or with a user's own lists, what it does not cover is built
// at start-up as before, so the file only ever makes start-up faster.
// TestShippedIndex_Current fails until it is written again.
//
//go:generate go test -run ^TestShippedIndex_Current$ . -args -write-index

//go:embed gazetteer_index.bin
var shippedIndexData string

// shippedIndexMagic opens the file; its digit is the format's version.
const shippedIndexMagic = "trawl-gazindex-1\n"

// keyTable is a written form of an index's keys: an open-addressing hash
// table of 4-byte slots into records of a key's length (2 bytes), the key
// and its gazKey (4 bytes), little-endian. A slot holds the record's
// offset plus one (22 bits; 0 for an empty slot) and 10 bits of the key's
// hash, so that a probe seldom reads a record that is not the key's: most
// look-ups are of words in no list.
type keyTable struct {
	slots   string
	records string
	mask    uint64 // number of slots less one, a power of two less one
}

// slotTag is the hash's bits a slot keeps (not those that place it).
func slotTag(h uint64) uint32 { return uint32(h>>16) & 1023 }

// tableGet returns what key is in t (0: not there); h is keyHash(key).
func tableGet[S string | []byte](t *keyTable, key S, h uint64) gazKey {
	tag := slotTag(h)
	for i := h >> 32 & t.mask; ; i = (i + 1) & t.mask {
		slot := le32(t.slots, int(i*4))
		if slot == 0 {
			return 0
		}
		if slot&1023 != tag {
			continue
		}
		r := t.records[slot>>10-1:]
		n := int(r[0]) | int(r[1])<<8
		if n == len(key) && r[2:2+n] == string(key) {
			return gazKey(le32(r, 2+n))
		}
	}
}

// le32 reads a little-endian uint32 at s[i:].
func le32(s string, i int) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// keyHash hashes an index key: FNV-1a with a final mix, fixed so that the
// written tables and Bloom filters read the same in every process.
func keyHash[S string | []byte](s S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>29
}

// entriesSum is the checksum of the entries that the shipped index
// records: labels, canonical names and aliases, in order.
func entriesSum(entries []configs.GazetteerEntry) uint64 {
	var h sum64
	for _, e := range entries {
		h.add(e.Label)
		h.add(e.Canonical)
		for _, a := range e.Aliases {
			h.add(a)
		}
		h.add("\n")
	}
	return uint64(h)
}

// sum64 is a running FNV-1a checksum of strings, each closed by a zero
// byte: cheap enough to check 400 KB of lists at every start.
type sum64 uint64

func (h *sum64) add(s string) {
	x := uint64(*h)
	if x == 0 {
		x = 14695981039346656037
	}
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= 1099511628211
	}
	*h = sum64(x * 1099511628211)
}

// shippedIndex is the parsed file: the index of its first n entries, with
// its hits as indexes into the entries.
type shippedIndex struct {
	n        int
	sum      uint64
	main     shippedPart
	lower    shippedPart
	sets     map[string]shippedSetTable
	parseErr error
}

// shippedLists are the word lists the file holds as tables: the large
// ones that are read as sets.
var shippedLists = []string{"common_words", "given_names", "surnames"}

// shippedSetTable is a word list's table and the checksum of the list it
// was written from.
type shippedSetTable struct {
	sum   uint64
	n     int
	table keyTable
}

// wordSet is a set of words: a written table, or a map built at start-up.
type wordSet struct {
	table *keyTable
	m     map[string]bool
	n     int
}

func (s wordSet) has(w string) bool {
	if s.table != nil {
		return tableGet(s.table, w, keyHash(w)) != 0
	}
	return s.m[w]
}

func (s wordSet) len() int { return s.n }

// shippedSet returns the word list name of lists as a set: its table in
// the shipped file when the list is the one it was written from.
func shippedSet(lists map[string][]string, name string) wordSet {
	words := lists[name]
	s := loadShippedIndex()
	if t, ok := s.sets[name]; ok && s.parseErr == nil && t.n == len(words) && wordsSum(words) == t.sum {
		return wordSet{table: &t.table, n: t.n}
	}
	return wordSet{m: setOf(words), n: len(words)}
}

// wordsSum is the checksum of a word list.
func wordsSum(words []string) uint64 {
	var h sum64
	for _, w := range words {
		h.add(w)
	}
	return uint64(h)
}

type shippedPart struct {
	table       keyTable
	hits        []uint32 // entry of each hit
	maxLen      int
	lowerStarts []string
	seen        string // the Bloom filter's words, little-endian
}

var loadShippedIndex = sync.OnceValue(func() *shippedIndex {
	s := &shippedIndex{}
	s.parseErr = s.parse(shippedIndexData)
	return s
})

// shippedGazIndex returns the shipped index with the hits of the entries
// it covers, and how many it covers; nil when entries do not start with
// them.
func shippedGazIndex(entries []configs.GazetteerEntry) (*gazIndex, int) {
	s := loadShippedIndex()
	if s.parseErr != nil || len(entries) < s.n || entriesSum(entries[:s.n]) != s.sum {
		return nil, 0
	}
	g := s.main.index(entries)
	g.lower = s.lower.index(entries)
	return g, s.n
}

// index returns a gazIndex over the part's table; keys added later go to
// its own map and Bloom filter.
func (p *shippedPart) index(entries []configs.GazetteerEntry) *gazIndex {
	g := &gazIndex{keys: map[string]gazKey{}, static: &p.table, maxLen: p.maxLen, lowerStarts: newCueSet(),
		hits: make([]gazHit, len(p.hits)), seen: make([]uint64, len(p.seen)/8)}
	for i, e := range p.hits {
		g.hits[i] = gazHit{label: entries[e].Label, canonical: entries[e].Canonical}
	}
	for i := range g.seen {
		g.seen[i] = uint64(le32(p.seen, i*8)) | uint64(le32(p.seen, i*8+4))<<32
	}
	for _, w := range p.lowerStarts {
		g.lowerStarts.put(w)
	}
	return g
}

// parse reads the file's form, which writeShippedIndex (in the tests)
// writes:
//
//	magic, u32 entries, u64 checksum, then the main part and the lower one:
//	u32 maxLen, u32 lower starts and each as u16 length and bytes,
//	u32 hits and each u32, a table, u32 Bloom words and 8 bytes each; then
//	u32 word lists and each as its name (u16 length and bytes), u64
//	checksum, u32 words and a table of them (the words' value 1).
func (s *shippedIndex) parse(data string) error {
	r := shippedReader{data: data}
	if r.bytes(len(shippedIndexMagic)) != shippedIndexMagic {
		return errShippedIndex("no header")
	}
	s.n = int(r.u32())
	s.sum = r.u64()
	for _, p := range []*shippedPart{&s.main, &s.lower} {
		p.maxLen = int(r.u32())
		p.lowerStarts = make([]string, r.u32())
		for i := range p.lowerStarts {
			p.lowerStarts[i] = r.bytes(int(r.u16()))
		}
		p.hits = make([]uint32, r.u32())
		for i := range p.hits {
			if p.hits[i] = r.u32(); int(p.hits[i]) >= s.n {
				return errShippedIndex("hit " + strconv.Itoa(i) + " names entry " + strconv.Itoa(int(p.hits[i])) + " of " + strconv.Itoa(s.n))
			}
		}
		var err error
		if p.table, err = r.table(); err != nil {
			return err
		}
		p.seen = r.bytes(8 * int(r.u32()))
		if len(p.seen) == 0 || len(p.seen)&(len(p.seen)-1) != 0 {
			return errShippedIndex("Bloom filter not a power of two")
		}
	}
	s.sets = map[string]shippedSetTable{}
	for range r.u32() {
		name := r.bytes(int(r.u16()))
		t := shippedSetTable{sum: r.u64(), n: int(r.u32())}
		var err error
		if t.table, err = r.table(); err != nil {
			return err
		}
		s.sets[name] = t
	}
	if r.bad || r.data != "" {
		return errShippedIndex("truncated or trailing bytes")
	}
	return nil
}

// table reads a keyTable: u32 slots and 4 bytes each, u32 bytes of
// records and the records.
func (r *shippedReader) table() (keyTable, error) {
	slots := int(r.u32())
	if slots == 0 || slots&(slots-1) != 0 {
		return keyTable{}, errShippedIndex(strconv.Itoa(slots) + " slots, not a power of two")
	}
	t := keyTable{slots: r.bytes(4 * slots), mask: uint64(slots - 1)}
	t.records = r.bytes(int(r.u32()))
	return t, nil
}

func errShippedIndex(what string) error {
	return errors.New("extract/gazetteer_index.bin: " + what + " (run `go generate ./extract`)")
}

// shippedReader reads the file's fields in order; a short read sets bad.
type shippedReader struct {
	data string
	bad  bool
}

func (r *shippedReader) bytes(n int) string {
	if n < 0 || n > len(r.data) {
		r.bad, r.data = true, ""
		return ""
	}
	b := r.data[:n]
	r.data = r.data[n:]
	return b
}

func (r *shippedReader) u16() uint16 {
	if b := r.bytes(2); len(b) == 2 {
		return uint16(b[0]) | uint16(b[1])<<8
	}
	return 0
}

func (r *shippedReader) u32() uint32 {
	if b := r.bytes(4); len(b) == 4 {
		return le32(b, 0)
	}
	return 0
}

func (r *shippedReader) u64() uint64 {
	if b := r.bytes(8); len(b) == 8 {
		return uint64(le32(b, 0)) | uint64(le32(b, 4))<<32
	}
	return 0
}
