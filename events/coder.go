package events

// Coder turns a report into coded events. A coder is a pure function of the
// report and the dictionaries it was built with: no database, no network, no
// clock but the one it is given. That makes it testable and shardable.
type Coder interface {
	Code(r Report) ([]Event, error)
}

// CoderFunc adapts a function to the Coder interface (tests, benchmarks and
// the no-op coder use it).
type CoderFunc func(Report) ([]Event, error)

// Code calls f.
func (f CoderFunc) Code(r Report) ([]Event, error) { return f(r) }

// NopCoder codes nothing. Ingest with it stores reports only.
var NopCoder Coder = CoderFunc(func(Report) ([]Event, error) { return nil, nil })
