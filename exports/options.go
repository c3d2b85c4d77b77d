package exports

import "time"

// GeoNamesAttribution is the credit GeoNames' CC BY 4.0 licence asks for
// wherever coordinates taken from its gazetteer are redistributed. The XLSX
// about sheet always carries it; callers writing other formats should put it
// next to the file (a README, a download page).
const GeoNamesAttribution = "Place data © GeoNames (geonames.org), CC BY 4.0"

// Options shape an export. The zero value writes ACLED's 31 columns with
// text actor types, the form current ACLED files use.
type Options struct {
	// BOM starts a CSV with a UTF-8 byte order mark (other formats ignore
	// it). Excel on Windows reads a CSV without one in the local code page,
	// which garbles Arabic.
	BOM bool
	// Extended appends events.ExtendedColumns (category, target,
	// confidence, report_ids, evidence) after the 31 ACLED columns.
	Extended bool
	// NumericInter writes inter1, inter2 and interaction as ACLED's older
	// numeric codes (3, 7, 37) instead of text, for scripts written against
	// older ACLED files or the API's inter_num=1.
	NumericInter bool
	// About fills the XLSX about sheet. Other formats ignore it.
	About About
}

// About records where an XLSX file came from, so a spreadsheet passed
// around without its e-mail still says what it holds. Every field is
// supplied by the caller: the package never reads the clock, which keeps
// exports reproducible and testable.
type About struct {
	Tool        string    // e.g. "rasd"
	Version     string    // tool version or commit
	GeneratedAt time.Time // when the export ran; zero leaves the cell empty
	Database    string    // path of the store the events came from
	Filters     string    // the selection as the user gave it, e.g. "country=Libya from=2024-01-01"
	Counts      []Count   // further figures worth showing, in order (events in the store, reports, ...)
}

// Count is one labelled figure on the about sheet. A slice of them keeps the
// order the caller chose, which a map would not.
type Count struct {
	Label string
	N     int
}
