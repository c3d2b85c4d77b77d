package main

import (
	"context"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"rasd/events"
	"rasd/exports"
	"rasd/schema"
)

// exportFlags are the export command's options.
type exportFlags struct {
	format       string
	out          string
	country      string
	from, to     string
	category     string
	bom          bool
	extended     bool
	numericInter bool
}

// exportFormats maps a format name to its writer and file extension.
var exportFormats = map[string]struct {
	write func(io.Writer, iter.Seq2[events.Event, error], exports.Options) (int, error)
	ext   string
}{
	"csv":     {exports.CSV, ".csv"},
	"xlsx":    {exports.XLSX, ".xlsx"},
	"geojson": {exports.GeoJSON, ".geojson"},
}

func (a *app) exportCommand() *cobra.Command {
	var f exportFlags
	cmd := &cobra.Command{
		Use:   "export [flags]",
		Short: "Write stored events as CSV, XLSX or GeoJSON with ACLED's 31 columns",
		Long: `Export writes the events in the database with ACLED's 31 columns in CODEBOOK order:
CSV (RFC 4180, UTF-8; --bom for Excel on Windows), XLSX (typed cells, frozen header,
autofilter, a codebook sheet and an about sheet) or GeoJSON (a FeatureCollection of
located events for map tools).

The format comes from --out's extension (.csv, .xlsx, .geojson or .json) or --format;
an extension rasd does not write (.xls, .ods, .tsv …) is refused rather than filled with
CSV, and so is an --out that is the database itself. The file is written to a temporary
name beside --out, synced and renamed when complete, so a failed or killed export never
leaves half a file; a new file gets mode 0666 less the umask, a replaced one keeps its
mode. Without --out, CSV and GeoJSON go to stdout.
--extended adds rasd's own columns: category, target, confidence, report_ids and the
evidence (the exact words each field was read from, as JSON).

Place data © GeoNames (geonames.org), CC BY 4.0: credit GeoNames when you publish
coordinates from these files.`,
		Example: `  rasd export --format csv --out out/events.csv
  rasd export --format xlsx --out out/libya.xlsx --country Libya --from 2018-01-01
  rasd export --format csv --bom --extended --category assassination_attempt > attempts.csv
  rasd export --format geojson --out out/events.geojson`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fl := cmd.Flags()
			if !fl.Changed("bom") {
				f.bom = a.cfg.Export.BOM
			}
			if !fl.Changed("extended") {
				f.extended = a.cfg.Export.Extended
			}
			if !fl.Changed("numeric-inter") {
				f.numericInter = a.cfg.Export.NumericInter
			}
			return a.export(cmd.Context(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.format, "format", "", "csv, xlsx or geojson (default: from --out's extension; csv to stdout)")
	fl.StringVarP(&f.out, "out", "o", "", "file to write (default: stdout for csv and geojson)")
	fl.StringVar(&f.country, "country", "", "only events in this country: English name, ISO2 or ISO3 code, or Arabic name (Libya, LY, LBY, ليبيا)")
	fl.StringVar(&f.from, "from", "", "only events on or after this date (YYYY-MM-DD)")
	fl.StringVar(&f.to, "to", "", "only events on or before this date (YYYY-MM-DD)")
	fl.StringVar(&f.category, "category", "", "only events of this category: killing, kidnapping, assassination or assassination_attempt")
	fl.BoolVar(&f.bom, "bom", false, "start a CSV with a UTF-8 byte order mark so Excel reads Arabic correctly")
	fl.BoolVar(&f.extended, "extended", false, "add category, target, confidence, report_ids and evidence columns")
	fl.BoolVar(&f.numericInter, "numeric-inter", false, "write inter1, inter2 and interaction as ACLED's numeric codes")
	return cmd
}

// filter checks the flags and turns them into a store filter.
func (f exportFlags) filter() (schema.Filter, error) {
	sf := schema.Filter{Country: strings.TrimSpace(f.country), Extended: f.extended}
	for _, d := range []struct{ name, v string }{{"--from", f.from}, {"--to", f.to}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return sf, usagef("%s %q is not a date: write it as YYYY-MM-DD", d.name, d.v)
		}
	}
	sf.From, sf.To = f.from, f.to
	if sf.From != "" && sf.To != "" && sf.From > sf.To {
		return sf, usagef("--from %s is after --to %s", sf.From, sf.To)
	}
	if f.category != "" {
		c, err := events.ParseCategory(f.category)
		if err != nil {
			return sf, usageError{err}
		}
		sf.Category = c
	}
	return sf, nil
}

// describe is the selection in words, for the about sheet.
func (f exportFlags) describe() string {
	var parts []string
	for _, p := range []struct{ k, v string }{{"country", f.country}, {"from", f.from}, {"to", f.to}, {"category", f.category}} {
		if p.v != "" {
			parts = append(parts, p.k+"="+p.v)
		}
	}
	if len(parts) == 0 {
		return "all events"
	}
	return strings.Join(parts, " ")
}

func (a *app) export(ctx context.Context, f exportFlags) error {
	// The format is matched case-insensitively; normalise it once, so the
	// checks below (XLSX needs --out) see the same name as the lookup.
	f.format = strings.ToLower(f.format)
	if f.format != "" {
		if _, ok := exportFormats[f.format]; !ok {
			return usagef("unknown --format %q: use csv, xlsx or geojson", f.format)
		}
	}
	if f.out != "" && f.out != "-" {
		if err := a.notTheStore(f.out); err != nil {
			return err
		}
		format, err := formatForFile(f.out, f.format)
		if err != nil {
			return err
		}
		f.format = format
	}
	if f.format == "" {
		f.format = "csv"
	}
	ef := exportFormats[f.format]
	if f.format == "xlsx" && (f.out == "" || f.out == "-") {
		return usagef("an XLSX file cannot go to the terminal: give --out FILE.xlsx")
	}
	filter, err := f.filter()
	if err != nil {
		return err
	}
	if filter.Country != "" {
		cn, err := loadCountryNames(a.cfg.Dictionaries)
		if err != nil {
			return err
		}
		if filter.Country, err = cn.resolve(filter.Country); err != nil {
			return err
		}
	}
	store, err := a.openExistingStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()

	n, err := store.Count(ctx, filter)
	if err != nil {
		return err
	}
	if f.format == "xlsx" && n > exports.MaxXLSXEvents {
		return fmt.Errorf("%d events do not fit in one XLSX sheet (at most %d): narrow the selection with --from/--to/--country, or export CSV", n, exports.MaxXLSXEvents)
	}
	total, err := store.Count(ctx, schema.Filter{})
	if err != nil {
		return err
	}
	if n == 0 && total > 0 {
		// a selection that matches nothing says so, and what there is
		countries, err := store.Countries(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stderr, "rasd: warning: no stored event matches %s; the store has %d events in: %s\n", f.describe(), total, countries)
	}
	opts := exports.Options{
		BOM: f.bom, Extended: f.extended, NumericInter: f.numericInter,
		About: exports.About{
			Tool: "rasd", Version: version(), GeneratedAt: a.now().UTC(), Database: store.Path(),
			Filters: f.describe(),
			Counts:  []exports.Count{{Label: "events exported", N: n}, {Label: "events in the database", N: total}},
		},
	}
	write := func(w io.Writer) (int, error) { return ef.write(w, store.Events(ctx, filter), opts) }
	var written int
	if f.out == "" || f.out == "-" {
		written, err = write(a.stdout)
	} else {
		written, err = writeFile(f.out, write)
	}
	if err != nil {
		return err
	}
	where := f.out
	if where == "" || where == "-" {
		where = "stdout"
	}
	fmt.Fprintf(a.stderr, "%d events written to %s (%s)\n", written, where, f.format)
	return nil
}
