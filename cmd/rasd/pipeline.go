package main

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"time"

	"rasd/events"
	"rasd/events/rules"
)

// coded is one report after coding, in input order.
type coded struct {
	report   events.Report
	events   []events.Event
	rejected []rules.Rejection // with explain, what the coder did not code
	err      error             // reading or coding failed; report may be partial
	// stopped: the run was interrupted before the report was coded; it is
	// neither stored nor counted as failed
	stopped bool
}

// codeOptions say how reports are coded.
type codeOptions struct {
	workers, batch int
	// timeout is the time budget of one report: past it, the report fails
	// alone and the run goes on
	timeout time.Duration
	explain bool // a coder that can say what it rejected says it too
}

// codeAll reads reports from in and codes them with up to workers goroutines,
// yielding results in input order in batches of at most size. The coder is a
// pure function of its report, so order in equals order out and the store
// sees the same sequence however many workers run. When ctx is done (Ctrl-C)
// the batch being coded is yielded with what was coded and the rest marked
// stopped, and nothing more is read.
func codeAll(ctx context.Context, in iter.Seq2[events.Report, error], coder events.Coder, o codeOptions) iter.Seq[[]coded] {
	if o.workers <= 0 {
		o.workers = runtime.GOMAXPROCS(0)
	}
	return func(yield func([]coded) bool) {
		batch := make([]coded, 0, o.batch)
		flush := func() bool {
			if len(batch) == 0 {
				return true
			}
			codeBatch(ctx, batch, coder, o)
			ok := yield(batch)
			batch = make([]coded, 0, o.batch)
			return ok && ctx.Err() == nil
		}
		for r, err := range in {
			if ctx.Err() != nil {
				break
			}
			batch = append(batch, coded{report: r, err: err})
			if len(batch) == o.batch && !flush() {
				return
			}
		}
		flush()
	}
}

func codeBatch(ctx context.Context, batch []coded, coder events.Coder, o codeOptions) {
	if o.workers == 1 || len(batch) < 2 {
		for i := range batch {
			codeOne(ctx, &batch[i], coder, o)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(o.workers, len(batch)) {
		wg.Go(func() {
			for i := range next {
				codeOne(ctx, &batch[i], coder, o)
			}
		})
	}
	for i := range batch {
		next <- i
	}
	close(next)
	wg.Wait()
}

func codeOne(ctx context.Context, c *coded, coder events.Coder, o codeOptions) {
	if c.err != nil {
		return
	}
	if ctx.Err() != nil {
		c.stopped = true
		return
	}
	defer func() {
		// A coder bug on one report must not take the whole run down.
		if p := recover(); p != nil {
			c.err = fmt.Errorf("%s: coder failed: %v (please report this with the input)", c.report.Origin, p)
		}
	}()
	rctx := ctx
	if o.timeout > 0 {
		var cancel context.CancelFunc
		rctx, cancel = context.WithTimeout(ctx, o.timeout)
		defer cancel()
	}
	var err error
	if x, ok := coder.(explainer); ok && o.explain {
		c.events, c.rejected, err = x.Explain(rctx, c.report)
	} else {
		c.events, err = coder.Code(rctx, c.report)
	}
	switch {
	case err == nil:
	case ctx.Err() != nil:
		c.events, c.rejected, c.stopped = nil, nil, true
	case errors.Is(err, context.DeadlineExceeded):
		c.events, c.rejected = nil, nil
		c.err = fmt.Errorf("%s: report %s: coding took longer than %s, the time one report may take (limits.report_timeout): it was left out; split it, or raise the limit", c.report.Origin, c.report.ID, o.timeout)
	default:
		c.err = fmt.Errorf("%s: %w", c.report.Origin, err)
	}
}
