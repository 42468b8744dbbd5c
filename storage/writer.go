package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrWriterClosed is the result of a write handed to a closed Writer.
var ErrWriterClosed = errors.New("storage: writer closed")

// WriterOptions tune the Writer's batching. Zero values take the defaults.
type WriterOptions struct {
	BatchSize     int           // writes per transaction at most; default 64
	FlushInterval time.Duration // how long a RecordError may wait for company; default 1 s
	// A batch that finds the database locked past the busy timeout (another
	// process writing) is tried again BusyRetries times, after BusyBackoff,
	// doubled each time. Defaults: 4 retries from 500 ms.
	BusyRetries int
	BusyBackoff time.Duration
}

// Outcome says what a save did.
type Outcome string

// Outcomes of SavePage and SaveArticle.
const (
	OutcomeNew       Outcome = "new"
	OutcomeUnchanged Outcome = "unchanged" // nothing but fetch time written
	OutcomeUpdated   Outcome = "updated"
	OutcomeDuplicate Outcome = "duplicate" // a new article whose text an earlier one has: see DuplicateOf
)

// SaveResult is delivered once a save's transaction has committed (or failed).
type SaveResult struct {
	ID          int64 // the page's or article's id
	Outcome     Outcome
	DuplicateOf int64 // articles only: the first article with the same text, 0 if none
	Err         error
}

// Writer is the single goroutine through which a run's writes reach SQLite.
// Writes queue in order and commit in batches, one transaction each; each
// write sits in its own savepoint, so one bad write fails alone. A write
// whose caller gets a result (pages, articles) commits as soon as the queue
// runs dry, so a caller waiting on it is not held up; under load the queue
// fills and batches grow to BatchSize (group commit).
type Writer struct {
	store *Store
	ctx   context.Context
	opts  WriterOptions
	ops   chan writeOp
	done  chan struct{}

	mu     sync.RWMutex // guards closed against sends on a closed ops
	closed bool

	errMu   sync.Mutex
	err     error // the first error of a write whose caller takes no result
	batches int   // committed transactions, for tests and benchmarks
	retries int   // batches tried again after SQLITE_BUSY, for tests

	names *entityCache // used by the writer goroutine only
}

// writeOp is one queued write; result is nil for fire-and-forget writes.
type writeOp struct {
	apply  func(*txn) (SaveResult, error)
	result chan SaveResult
}

// NewWriter starts the writer goroutine. Cancelling ctx does not drop queued
// writes, so what a cancelled run fetched is stored; Close ends the writer.
func (s *Store) NewWriter(ctx context.Context, opts WriterOptions) *Writer {
	if opts.BatchSize <= 0 {
		opts.BatchSize = 64
	}
	if opts.FlushInterval <= 0 {
		opts.FlushInterval = time.Second
	}
	if opts.BusyRetries <= 0 {
		opts.BusyRetries = defaultBusyRetries
	}
	if opts.BusyBackoff <= 0 {
		opts.BusyBackoff = defaultBusyBackoff
	}
	w := &Writer{
		store: s,
		ctx:   context.WithoutCancel(ctx),
		opts:  opts,
		names: newEntityCache(),
		ops:   make(chan writeOp, 4*opts.BatchSize),
		done:  make(chan struct{}),
	}
	go w.loop()
	return w
}

// SavePage archives a fetched page. See PageRecord for what is kept.
func (w *Writer) SavePage(p PageRecord) <-chan SaveResult {
	body, sum, err := compressBody(p.Body)
	if err != nil {
		return resultNow(SaveResult{Err: fmt.Errorf("storage: page %s: %w", p.URL, err)})
	}
	return w.send(func(t *txn) (SaveResult, error) { return savePage(t, p, body, sum) }, true)
}

// SaveArticle stores an extracted article with its mentions. The result says
// whether it was new, unchanged, updated or a duplicate of an earlier one.
func (w *Writer) SaveArticle(a ArticleRecord) <-chan SaveResult {
	return w.send(func(t *txn) (SaveResult, error) { return saveArticle(t, a) }, true)
}

// RecordError records a page that failed in a run. It may wait up to
// FlushInterval for other writes to share its transaction.
func (w *Writer) RecordError(e RunError) {
	w.send(func(t *txn) (SaveResult, error) { return SaveResult{}, recordError(t, e) }, false)
}

func (w *Writer) send(apply func(*txn) (SaveResult, error), wantResult bool) <-chan SaveResult {
	op := writeOp{apply: apply}
	if wantResult {
		op.result = make(chan SaveResult, 1)
	}
	w.mu.RLock()
	defer w.mu.RUnlock()
	if w.closed {
		return resultNow(SaveResult{Err: ErrWriterClosed})
	}
	w.ops <- op
	return op.result
}

func resultNow(r SaveResult) <-chan SaveResult {
	c := make(chan SaveResult, 1)
	c <- r
	return c
}

// Close commits every queued write and stops the writer. It returns the first
// error of a write that gives no result (RecordError), which no caller would
// otherwise hear of; a failed SavePage or SaveArticle is told to its caller
// in its result.
func (w *Writer) Close() error {
	w.mu.Lock()
	if !w.closed {
		w.closed = true
		close(w.ops)
	}
	w.mu.Unlock()
	<-w.done
	w.errMu.Lock()
	defer w.errMu.Unlock()
	return w.err
}

func (w *Writer) fail(err error) {
	w.errMu.Lock()
	defer w.errMu.Unlock()
	if w.err == nil {
		w.err = err
	}
}

func (w *Writer) loop() {
	defer close(w.done)
	for {
		first, ok := <-w.ops
		if !ok {
			return
		}
		batch, open := w.collect(first)
		w.commit(batch)
		if !open {
			return
		}
	}
}

// collect gathers a batch after its first write. It reports false once the
// queue is closed.
func (w *Writer) collect(first writeOp) ([]writeOp, bool) {
	batch := []writeOp{first}
	waited := first.result != nil
	linger := time.NewTimer(w.opts.FlushInterval)
	defer linger.Stop()
	for len(batch) < w.opts.BatchSize {
		var op writeOp
		var ok bool
		select {
		case op, ok = <-w.ops:
		default:
			if waited {
				return batch, true // the queue is dry and someone waits
			}
			select {
			case op, ok = <-w.ops:
			case <-linger.C:
				return batch, true
			}
		}
		if !ok {
			return batch, false
		}
		batch = append(batch, op)
		waited = waited || op.result != nil
	}
	return batch, true
}

// commit runs a batch in one transaction, each write in a savepoint, and
// delivers the results once the outcome is final. A database fault (disk
// full, I/O error) fails the whole batch: SQLite may have rolled the
// transaction back with it. A batch that met a lock held past the busy
// timeout is tried again with backoff.
func (w *Writer) commit(batch []writeOp) {
	results := make([]SaveResult, len(batch))
	retries, err := busyRetry(w.opts.BusyRetries, w.opts.BusyBackoff, func() error {
		err := w.store.inTx(w.ctx, func(t *txn) error {
			t.names = w.names
			if err := w.names.begin(t); err != nil {
				return err
			}
			for i, op := range batch {
				results[i] = w.applyOne(t, op)
				if IsDatabaseFault(results[i].Err) {
					return results[i].Err
				}
			}
			return nil
		})
		if err != nil {
			w.names.discard()
		} else {
			w.names.commit()
		}
		return err
	})
	w.errMu.Lock()
	w.retries += retries
	if err == nil {
		w.batches++
	}
	w.errMu.Unlock()
	for i, op := range batch {
		if err != nil {
			results[i] = SaveResult{Err: err}
		}
		if op.result != nil {
			op.result <- results[i]
		} else if results[i].Err != nil {
			w.fail(results[i].Err)
		}
	}
}

func (w *Writer) applyOne(t *txn, op writeOp) SaveResult {
	if _, err := t.tx.ExecContext(t.ctx, `SAVEPOINT write`); err != nil {
		return SaveResult{Err: fmt.Errorf("storage: savepoint: %w", err)}
	}
	res, err := op.apply(t)
	if err != nil {
		res = SaveResult{Err: err}
		if t.names != nil {
			t.names.discard()
		}
		if _, rerr := t.tx.ExecContext(t.ctx, `ROLLBACK TO write`); rerr != nil {
			res.Err = errors.Join(err, fmt.Errorf("storage: rollback to savepoint: %w", rerr))
		}
	}
	if _, err := t.tx.ExecContext(t.ctx, `RELEASE write`); err != nil && res.Err == nil {
		res = SaveResult{Err: fmt.Errorf("storage: release savepoint: %w", err)}
	}
	return res
}

// txn is a transaction with statements prepared once per transaction, since
// a batch runs the same few statements thousands of times.
type txn struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	names *entityCache // the writer's; nil in other transactions
}

// inTx runs fn in one transaction and commits it when fn returns nil.
func (s *Store) inTx(ctx context.Context, fn func(*txn) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storage: begin: %w", err)
	}
	t := &txn{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}}
	defer func() {
		for _, st := range t.stmts {
			st.Close()
		}
	}()
	if err := fn(t); err != nil {
		tx.Rollback() //nolint:errcheck // the error that matters is err
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storage: commit: %w", err)
	}
	return nil
}

func (t *txn) stmt(query string) (*sql.Stmt, error) {
	if st, ok := t.stmts[query]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(t.ctx, query)
	if err != nil {
		return nil, err
	}
	t.stmts[query] = st
	return st, nil
}

func (t *txn) exec(query string, args ...any) (sql.Result, error) {
	st, err := t.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(t.ctx, args...)
}

// scan runs a one-row query into dest; sql.ErrNoRows when there is none.
func (t *txn) scan(query string, args []any, dest ...any) error {
	st, err := t.stmt(query)
	if err != nil {
		return err
	}
	return st.QueryRowContext(t.ctx, args...).Scan(dest...)
}
