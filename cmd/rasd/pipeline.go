package main

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"sync"

	"rasd/events"
	"rasd/events/rules"
)

// coded is one report after coding, in input order.
type coded struct {
	report   events.Report
	events   []events.Event
	rejected []rules.Rejection // with explain, what the coder did not code
	err      error             // reading or coding failed; report may be partial
}

// codeAll reads reports from in and codes them with up to workers goroutines,
// yielding results in input order in batches of at most size. The coder is a
// pure function of its report, so order in equals order out and the store
// sees the same sequence however many workers run. With explain, a coder
// that can say what it rejected (rules.Coder) says it in the same pass.
func codeAll(ctx context.Context, in iter.Seq2[events.Report, error], coder events.Coder, workers, size int, explain bool) iter.Seq[[]coded] {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return func(yield func([]coded) bool) {
		batch := make([]coded, 0, size)
		flush := func() bool {
			if len(batch) == 0 {
				return true
			}
			codeBatch(batch, coder, workers, explain)
			ok := yield(batch)
			batch = make([]coded, 0, size)
			return ok
		}
		for r, err := range in {
			if ctx.Err() != nil {
				return
			}
			batch = append(batch, coded{report: r, err: err})
			if len(batch) == size && !flush() {
				return
			}
		}
		flush()
	}
}

func codeBatch(batch []coded, coder events.Coder, workers int, explain bool) {
	if workers == 1 || len(batch) < 2 {
		for i := range batch {
			codeOne(&batch[i], coder, explain)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, len(batch)) {
		wg.Go(func() {
			for i := range next {
				codeOne(&batch[i], coder, explain)
			}
		})
	}
	for i := range batch {
		next <- i
	}
	close(next)
	wg.Wait()
}

func codeOne(c *coded, coder events.Coder, explain bool) {
	if c.err != nil {
		return
	}
	defer func() {
		// A coder bug on one report must not take the whole run down.
		if p := recover(); p != nil {
			c.err = fmt.Errorf("%s: coder failed: %v (please report this with the input)", c.report.Origin, p)
		}
	}()
	if x, ok := coder.(explainer); ok && explain {
		c.events, c.rejected = x.Explain(c.report)
		return
	}
	evs, err := coder.Code(c.report)
	if err != nil {
		c.err = fmt.Errorf("%s: %w", c.report.Origin, err)
		return
	}
	c.events = evs
}
