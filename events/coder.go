package events

import "context"

// Coder turns a report into coded events. A coder is a pure function of the
// report and the dictionaries it was built with: no database, no network, no
// clock but the one it is given. That makes it testable and shardable.
//
// ctx bounds the work: a coder stops soon after ctx is done (a per-report
// time budget, or Ctrl-C) and returns ctx's error, so no report can stall a
// run.
type Coder interface {
	Code(ctx context.Context, r Report) ([]Event, error)
}

// CoderFunc adapts a function to the Coder interface (tests, benchmarks and
// the no-op coder use it).
type CoderFunc func(context.Context, Report) ([]Event, error)

// Code calls f.
func (f CoderFunc) Code(ctx context.Context, r Report) ([]Event, error) { return f(ctx, r) }

// NopCoder codes nothing. Ingest with it stores reports only.
var NopCoder Coder = CoderFunc(func(context.Context, Report) ([]Event, error) { return nil, nil })
