// Package exports writes coded events as files data teams open directly:
// CSV (ACLED's 31 columns, RFC 4180), XLSX (typed cells, a codebook and an
// about sheet) and GeoJSON (points for map tools).
//
// Every exporter reads an iter.Seq2[events.Event, error] and writes to an
// io.Writer. It never sees the database, so the store, a JSONL file or a
// test fixture can feed it alike, and one pass over the events is enough:
// nothing here holds more than one event at a time, which is what lets a
// million-row export run in constant memory.
//
// Text cells that a spreadsheet would run as a formula are neutralised the
// same way in every format (see neutralise.go); cells the exporter formats
// from numbers are never touched, so a longitude of -3.9956 stays a number.
package exports
