package exports

// Formula neutralisation, after OWASP's CSV-injection guidance: a cell
// whose text begins with = + - @, a tab or a carriage return is run as a
// formula (or a DDE call) by Excel, LibreOffice and Google Sheets when the
// file is opened or pasted. Event text comes from news reports anyone can
// write, so such cells get a leading single quote, which every spreadsheet
// treats as "this is text".
//
// Only text cells are neutralised. Cells this package formats from numbers
// (coordinates, fatalities, codes, timestamps) cannot hold a formula, and
// quoting them would turn a longitude of -3.9956 into text. XLSX cells get
// the same treatment as CSV ones, so the two files hold the same values and
// an XLSX re-saved as CSV stays safe.

// quotePrefix is what a neutralised cell starts with.
const quotePrefix = '\''

// needsNeutralising reports whether a text cell would be read as a formula.
func needsNeutralising(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// neutralise returns s as a spreadsheet will show it as text. It allocates
// only for the rare cell that needs the prefix.
func neutralise(s string) string {
	if needsNeutralising(s) {
		return string(quotePrefix) + s
	}
	return s
}
