// Package reader turns input files into events.Report values, whatever their
// format (text with front matter, JSON, JSONL, CSV, HTML, RSS/Atom) and
// whatever their encoding (UTF-8, UTF-16 with a BOM, Windows-1256,
// ISO-8859-6).
//
// Everything a user can get wrong in an input is reported as an *Error that
// names the file (and the line where there is one) and says what to do, and
// one bad report never stops the others: Read and the per-format readers
// yield good reports and errors in input order and keep going.
//
// What a report says about itself always wins over Options: the options are
// the command line's fallbacks for reports that are silent. A report with no
// date anywhere stays undated; the reader never uses today's date.
package reader
