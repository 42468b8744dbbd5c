package storage

import "fmt"

// entityKey is what a mention names: its label and canonical name.
type entityKey struct{ label, canonical string }

// entityCache remembers, for the writer, which entity a name resolves to,
// so a run asks SQLite once per name, not twice per mention. Only reviewers'
// decisions change what a name resolves to, and each writes a reviews row,
// also from another process (the UI): the cache is dropped whenever reviews
// has grown. Entries learned in a transaction count only once it commits.
type entityCache struct {
	committed map[entityKey]int64
	pending   map[entityKey]int64
	reviews   int64 // max(reviews.id) when committed was last valid
}

func newEntityCache() *entityCache {
	return &entityCache{committed: map[entityKey]int64{}, pending: map[entityKey]int64{}}
}

// begin opens a transaction's view: entries from before the last decision go.
func (c *entityCache) begin(t *txn) error {
	var last int64
	if err := t.scan(`SELECT coalesce(max(id), 0) FROM reviews`, nil, &last); err != nil {
		return fmt.Errorf("storage: entity cache: %w", err)
	}
	if last != c.reviews {
		clear(c.committed)
		c.reviews = last
	}
	clear(c.pending)
	return nil
}

func (c *entityCache) get(k entityKey) (int64, bool) {
	if id, ok := c.pending[k]; ok {
		return id, true
	}
	id, ok := c.committed[k]
	return id, ok
}

// discard forgets what the open transaction learned (a write rolled back:
// an entity it created is gone).
func (c *entityCache) discard() { clear(c.pending) }

// commit keeps what the committed transaction learned.
func (c *entityCache) commit() {
	for k, id := range c.pending {
		c.committed[k] = id
	}
	clear(c.pending)
}
