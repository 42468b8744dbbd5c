package extract

import (
	"bytes"
	"encoding/binary"
	"flag"
	"maps"
	"os"
	"slices"
	"testing"

	"github.com/trawl/trawl/configs"
)

var writeIndex = flag.Bool("write-index", false, "write gazetteer_index.bin from the shipped gazetteer (go generate ./extract)")

// TestShippedIndex_Current holds gazetteer_index.bin to what the shipped
// gazetteer builds; with -write-index it writes the file.
func TestShippedIndex_Current(t *testing.T) {
	g, err := configs.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	data := writeShippedIndex(g, buildGazIndex(g.Entries))
	if *writeIndex {
		if err := os.WriteFile("gazetteer_index.bin", data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(data) != shippedIndexData {
		t.Fatalf("gazetteer_index.bin (%d bytes) is not what the shipped gazetteer builds (%d bytes): run `go generate ./extract`", len(shippedIndexData), len(data))
	}
	if s := loadShippedIndex(); s.parseErr != nil {
		t.Fatal(s.parseErr)
	}
}

// TestShippedIndex_SameAsBuilt: over the shipped index, every key reads
// as the built index reads it, with a user's entries added after the
// shipped ones (one of them naming a shipped name again, which it wins).
func TestShippedIndex_SameAsBuilt(t *testing.T) {
	g, err := configs.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	first := g.Entries[0]
	entries := append(slices.Clip(g.Entries),
		configs.GazetteerEntry{Label: "ORG", Canonical: "Tarvo Kessel Works", Aliases: []string{"TKW"}},
		configs.GazetteerEntry{Label: "PLATFORM", Canonical: first.Canonical},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Morrowvale Junction"})
	shipped, n := shippedGazIndex(entries)
	if shipped == nil || n != len(g.Entries) {
		t.Fatalf("shippedGazIndex covers %d of %d entries", n, len(g.Entries))
	}
	for _, e := range entries[n:] {
		shipped.addEntry(e)
	}
	built := buildGazIndex(entries)
	for _, pair := range [][2]*gazIndex{{built, shipped}, {built.lower, shipped.lower}} {
		b, s := pair[0], pair[1]
		if b.maxLen != s.maxLen {
			t.Errorf("maxLen %d, shipped %d", b.maxLen, s.maxLen)
		}
		for key, k := range b.keys {
			h := keyHash(key)
			got := get(s, key, h)
			if got&gazPrefix != k&gazPrefix || (k.hit() < 0) != (got.hit() < 0) || k.hit() >= 0 && b.hits[k.hit()] != s.hits[got.hit()] {
				t.Fatalf("key %q: built %v, shipped %v", key, k, got)
			}
			if w, bit := s.seenBit(h); *w&bit == 0 {
				t.Fatalf("key %q not in the shipped Bloom filter", key)
			}
		}
		if !slices.Equal(slices.Sorted(b.lowerStarts.all()), slices.Sorted(s.lowerStarts.all())) {
			t.Errorf("lower starts differ")
		}
	}
	for _, key := range []string{"Morrowvale", "Tarvo Kessel Works", "TKW", first.Canonical} {
		if h, ok := shipped.name(key); !ok && key != "Morrowvale" || key == first.Canonical && h.label != "PLATFORM" {
			t.Errorf("name(%q) = %v, %v", key, h, ok)
		}
	}
	if !shipped.known("Morrowvale") || shipped.known("Qzxv Wrtplk") {
		t.Errorf("known: a prefix added at start-up or a made-up name read wrong")
	}
}

// TestShippedIndex_OtherGazetteer: entries that do not start with the
// shipped ones (a user's own lists alone, or an edited entry) are built.
func TestShippedIndex_OtherGazetteer(t *testing.T) {
	g, err := configs.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	edited := slices.Clone(g.Entries)
	edited[len(edited)/2].Canonical += " Annex"
	for name, entries := range map[string][]configs.GazetteerEntry{
		"own lists": {{Label: "GPE", Canonical: "Tarvo"}},
		"edited":    edited,
		"fewer":     g.Entries[:len(g.Entries)-1],
	} {
		if s, _ := shippedGazIndex(entries); s != nil {
			t.Errorf("%s: the shipped index was used", name)
		}
		if gi := newGazIndex(entries); gi.static != nil {
			t.Errorf("%s: newGazIndex used the shipped index", name)
		}
	}
}

// TestShippedIndex_BadFile: a damaged file is refused with a message that
// names it and the command that writes it again.
func TestShippedIndex_BadFile(t *testing.T) {
	for name, data := range map[string]string{
		"empty":     "",
		"truncated": shippedIndexData[:len(shippedIndexData)/2],
		"trailing":  shippedIndexData + "x",
		"header":    "trawl-gazindex-0\n" + shippedIndexData[len(shippedIndexMagic):],
	} {
		err := (&shippedIndex{}).parse(data)
		if err == nil || !bytes.Contains([]byte(err.Error()), []byte("go generate ./extract")) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// writeShippedIndex writes the form shippedIndex.parse reads of gi, the
// index buildGazIndex made of gaz's entries, and of gaz's shippedLists.
func writeShippedIndex(gaz *configs.Gazetteer, gi *gazIndex) []byte {
	entries := gaz.Entries
	first := map[gazHit]uint32{}
	for i, e := range entries {
		h := gazHit{label: e.Label, canonical: e.Canonical}
		if _, ok := first[h]; !ok {
			first[h] = uint32(i)
		}
	}
	var b []byte
	b = append(b, shippedIndexMagic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(entries)))
	b = binary.LittleEndian.AppendUint64(b, entriesSum(entries))
	for _, p := range []*gazIndex{gi, gi.lower} {
		b = binary.LittleEndian.AppendUint32(b, uint32(p.maxLen))
		starts := slices.Sorted(p.lowerStarts.all())
		b = binary.LittleEndian.AppendUint32(b, uint32(len(starts)))
		for _, w := range starts {
			b = binary.LittleEndian.AppendUint16(b, uint16(len(w)))
			b = append(b, w...)
		}
		b = binary.LittleEndian.AppendUint32(b, uint32(len(p.hits)))
		for _, h := range p.hits {
			b = binary.LittleEndian.AppendUint32(b, first[h])
		}
		b = appendTable(b, p.keys)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(p.seen)))
		for _, w := range p.seen {
			b = binary.LittleEndian.AppendUint64(b, w)
		}
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(shippedLists)))
	for _, name := range shippedLists {
		words := gaz.Lists[name]
		b = binary.LittleEndian.AppendUint16(b, uint16(len(name)))
		b = append(b, name...)
		b = binary.LittleEndian.AppendUint64(b, wordsSum(words))
		b = binary.LittleEndian.AppendUint32(b, uint32(len(words)))
		set := map[string]gazKey{}
		for _, w := range words {
			set[w] = 1
		}
		b = appendTable(b, set)
	}
	return b
}

// appendTable appends the keyTable of keys: slots at most 60% full, the
// keys placed in sorted order, so that the file is the same each time.
func appendTable(b []byte, keys map[string]gazKey) []byte {
	sorted := slices.Sorted(maps.Keys(keys))
	slots := 1
	for slots*9 < len(sorted)*20 {
		slots *= 2
	}
	table := make([]uint32, slots)
	var records []byte
	for _, k := range sorted {
		h := keyHash(k)
		i := h >> 32 & uint64(slots-1)
		for table[i] != 0 {
			i = (i + 1) & uint64(slots-1)
		}
		if len(records)+1 >= 1<<22 {
			panic("gazetteer_index.bin: a table's records pass 4 MB, more than a slot's 22 bits address")
		}
		table[i] = uint32(len(records)+1)<<10 | slotTag(h)
		records = binary.LittleEndian.AppendUint16(records, uint16(len(k)))
		records = append(records, k...)
		records = binary.LittleEndian.AppendUint32(records, uint32(keys[k]))
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(slots))
	for _, off := range table {
		b = binary.LittleEndian.AppendUint32(b, off)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(records)))
	return append(b, records...)
}

// TestShippedSet: the shipped lists read from their tables as from maps,
// and a list that differs is read from a map.
func TestShippedSet(t *testing.T) {
	g, err := configs.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range shippedLists {
		s := shippedSet(g.Lists, name)
		if s.table == nil || s.len() != len(g.Lists[name]) {
			t.Fatalf("%s: not read from the shipped table", name)
		}
		for _, w := range g.Lists[name] {
			if !s.has(w) {
				t.Fatalf("%s: %q missing", name, w)
			}
		}
		for _, w := range []string{"", "Qzxv", "zzzqx", "Tarvokessel"} {
			if s.has(w) {
				t.Errorf("%s has %q", name, w)
			}
		}
		other := map[string][]string{name: append(slices.Clip(g.Lists[name]), "Qzxv")}
		if s := shippedSet(other, name); s.table != nil || !s.has("Qzxv") || s.len() != len(g.Lists[name])+1 {
			t.Errorf("%s with a word added: read from the shipped table", name)
		}
	}
}
