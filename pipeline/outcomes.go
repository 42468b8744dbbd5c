package pipeline

import "github.com/trawl/trawl/storage"

// outcomes hands SaveArticle results to their tally off the workers' path:
// a worker that waited for each commit would hold the writer to one article
// per transaction, where a queue lets its batches grow.
type outcomes struct {
	pending chan pending
	done    chan struct{}
}

type pending struct {
	res   <-chan storage.SaveResult
	tally func(storage.SaveResult)
}

func newOutcomes() *outcomes {
	o := &outcomes{pending: make(chan pending, 1024), done: make(chan struct{})}
	go func() {
		defer close(o.done)
		for p := range o.pending {
			p.tally(<-p.res)
		}
	}()
	return o
}

// add queues a result for tally, which runs on one goroutine in order.
func (o *outcomes) add(res <-chan storage.SaveResult, tally func(storage.SaveResult)) {
	o.pending <- pending{res, tally}
}

// wait returns once every queued result has been tallied.
func (o *outcomes) wait() {
	close(o.pending)
	<-o.done
}
