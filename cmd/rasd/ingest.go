package main

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"rasd/events"
	"rasd/events/dates"
	"rasd/events/reader"
	"rasd/schema"
	"rasd/seeds"
)

// readFlags are the input options ingest and extract share.
type readFlags struct {
	published string
	source    string
	lang      string
}

func (f *readFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.published, "published", "", "publication date (YYYY-MM-DD) for reports that carry none")
	cmd.Flags().StringVar(&f.source, "source", "", "outlet name for reports that name none")
	cmd.Flags().StringVar(&f.lang, "lang", "", "language (ar or en) for reports that do not say; default: detected")
}

// options are the reader's options from the flags and the configuration:
// publication dates are read with the date words of the dictionaries in
// force, and the limits bound each report.
func (f *readFlags) options(cfg Config) (reader.Options, error) {
	o := reader.Options{MaxReportBytes: cfg.Limits.ReportBytes, MaxInputBytes: cfg.Limits.InputBytes}
	if f.published != "" {
		t, err := time.Parse(time.DateOnly, f.published)
		if err != nil {
			return o, usagef("--published %q: write the date as YYYY-MM-DD", f.published)
		}
		o.Published = t
	}
	switch f.lang {
	case "", "ar", "en":
	default:
		return o, usagef("--lang %q: rasd reads ar and en", f.lang)
	}
	o.Source, o.Lang = f.source, f.lang
	// publication dates in every form the date package reads (Arabic
	// month names, Hijri dates), not only the machine formats
	lx, err := dates.LoadLexicon(seeds.FS(cfg.Dictionaries))
	if err != nil {
		return o, fmt.Errorf("dates: %w", err)
	}
	o.ParseDate = lx.ParsePublished
	return o, nil
}

type ingestOptions struct {
	read readFlags
}

func (a *app) ingestCommand() *cobra.Command {
	var o ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest [flags] PATH...",
		Short: "Read reports, code their events and store both in the database",
		Long: `Ingest reads reports from files, directories (recursively), feeds, or '-' (JSONL on
standard input), codes the events in them and stores reports, events, sources and evidence
in the SQLite database, one transaction per batch.

Formats: .txt/.md (optional front matter between --- lines), .json, .jsonl, .csv,
.html/.htm, RSS/Atom (.xml, .rss, .atom). Encodings: UTF-8, UTF-16 with BOM,
Windows-1256, ISO-8859-6 (detected).

Ingesting the same report again stores nothing. A report whose id is known but whose
content changed replaces the old version and is coded again. A report with no
publication date is stored, but its events cannot be dated: give it a 'published'
field or pass --published. When some inputs fail, each is named with its reason, the
rest are stored, and rasd exits with status 1.

Limits (rasd.yaml or RASD_LIMITS_*): a report's text longer than limits.report_bytes
(1 MiB), a JSONL line or one-report file longer than limits.input_bytes (16 MiB), or a
report whose coding takes longer than limits.report_timeout (10s) fails alone. Ctrl-C
stops within a second and stores what was coded; run the same ingest again to go on.`,
		Example: `  rasd ingest seeds/reports
  rasd ingest --db tripoli.db --published 2018-11-28 --source "Al Ain" article.txt
  cat reports.jsonl | rasd ingest -`,
		Args: requireArgs(1, "PATH: name the files or directories to read (or - for JSONL on stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.ingest(cmd.Context(), o, args)
		},
	}
	o.read.register(cmd)
	return cmd
}

func (a *app) ingest(ctx context.Context, o ingestOptions, paths []string) error {
	ropts, err := o.read.options(a.cfg)
	if err != nil {
		return err
	}
	coder, err := a.newCoder(a.cfg)
	if err != nil {
		return err
	}
	prefix, err := countryPrefixes(a.cfg.Dictionaries)
	if err != nil {
		return err
	}
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	store.Prefix = prefix
	runID, err := store.BeginRun(ctx, schema.Run{Version: version(), Command: "ingest", Config: a.cfg, Inputs: paths})
	if err != nil {
		return err
	}
	rep := newReporter(a.stderr, a.interactive, a.cfg.LogLevel)
	ropts.Warn = rep.warn
	counts, stopped, err := ingestReports(ctx, store, runID, reader.Read(paths, a.stdin, ropts), coder, a.codeOptions(false), rep)
	rep.finish()
	status := "ok"
	switch {
	case ctx.Err() != nil:
		status = "interrupted"
	case err != nil || counts.Failed > 0:
		status = "failed"
	}
	if ferr := store.FinishRun(context.WithoutCancel(ctx), runID, counts, status); ferr != nil && err == nil {
		err = ferr
	}
	fmt.Fprintf(a.stderr, "%d reports read: %d new, %d updated, %d already stored, %d failed; %d events stored in %s\n",
		counts.Read, counts.New, counts.Updated, counts.Duplicate, counts.Failed, counts.Events, store.Path())
	if err != nil {
		return err
	}
	if ctx.Err() != nil {
		fmt.Fprintf(a.stderr, "rasd: interrupted: what was coded is stored; %d report(s) being coded were left for the next run (ingest the same inputs again: stored reports are skipped)\n", stopped)
		return errPartial
	}
	if counts.Failed > 0 {
		fmt.Fprintf(a.stderr, "rasd: %d input(s) failed (listed above); everything else was stored\n", counts.Failed)
		return errPartial
	}
	return nil
}

// codeOptions are the configured ways reports are coded.
func (a *app) codeOptions(explain bool) codeOptions {
	return codeOptions{workers: a.cfg.Ingest.Workers, batch: a.cfg.Ingest.Batch, timeout: a.cfg.Limits.ReportTimeout, explain: explain}
}

// ingestReports codes and stores every report, batch by batch, and counts
// what happened. Failures are reported as they happen and do not stop the
// run. When ctx is done (Ctrl-C), what was coded is still stored, and the
// reports left uncoded are counted in stopped.
func ingestReports(ctx context.Context, store *schema.Store, runID int64, in iter.Seq2[events.Report, error], coder events.Coder, o codeOptions, rep *reporter) (c schema.Counts, stopped int, err error) {
	ids := idsSeen{}
	for batch := range codeAll(ctx, in, coder, o) {
		items := make([]schema.Item, 0, len(batch))
		for _, b := range batch {
			if b.stopped {
				stopped++
				continue
			}
			if msg := ids.again(b.report); msg != "" {
				rep.warn(msg + ": the store keeps the one read last; give the reports distinct ids")
			}
			if b.err != nil {
				c.Failed++
				if b.report.ID != "" || b.report.Text != "" {
					c.Read++
				}
				rep.fail(b.err)
				continue
			}
			c.Read++
			if !b.report.Dated() {
				rep.warn(fmt.Sprintf("%s: report %s has no publication date, so its events cannot be dated; add a 'published' field (YYYY-MM-DD) or pass --published", b.report.Origin, b.report.ID))
			}
			rep.debug(fmt.Sprintf("%s: report %s coded: %d events", b.report.Origin, b.report.ID, len(b.events)))
			items = append(items, schema.Item{Report: b.report, Events: b.events})
		}
		if len(items) == 0 {
			continue
		}
		// a batch coded is written whole, even when the run is being stopped
		outs, err := store.Ingest(context.WithoutCancel(ctx), runID, items)
		if err != nil {
			return c, stopped, err
		}
		for i, o := range outs {
			switch o.Status {
			case schema.New:
				c.New++
			case schema.Updated:
				c.Updated++
			case schema.Duplicate:
				c.Duplicate++
			case schema.Failed:
				c.Failed++
				rep.fail(fmt.Errorf("%s: %w", items[i].Report.Origin, o.Err))
				continue
			}
			c.Events += o.Events
		}
		rep.progress(len(batch))
	}
	return c, stopped, nil
}

// idsSeen remembers where each report id of a run was read, so that two
// inputs giving one id (two files derived to the same id, an export and a
// feed) are not merged without a word.
type idsSeen map[string]string

// again records r and, when its id was read before in this run, says so.
func (s idsSeen) again(r events.Report) string {
	if r.ID == "" {
		return ""
	}
	if first, ok := s[r.ID]; ok && first != r.Origin {
		return fmt.Sprintf("%s: report id %s was read already in this run, from %s", r.Origin, r.ID, first)
	}
	s[r.ID] = r.Origin
	return ""
}

// reporter prints failures and warnings as they happen and, on a terminal,
// a progress counter.
type reporter struct {
	w   io.Writer
	bar *progressbar.ProgressBar
	// level is the configured log level: "error" hides warnings, "debug"
	// adds a line per report coded.
	level string
}

func newReporter(w io.Writer, interactive bool, level string) *reporter {
	r := &reporter{w: w, level: level}
	if interactive {
		r.bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("reports"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("reports"),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
	}
	return r
}

func (r *reporter) progress(n int) {
	if r.bar != nil {
		r.bar.Add(n)
	}
}

func (r *reporter) line(s string) {
	if r.bar != nil {
		r.bar.Clear()
	}
	fmt.Fprintln(r.w, s)
}

func (r *reporter) fail(err error) { r.line("error: " + err.Error()) }
func (r *reporter) warn(msg string) {
	if r.level != "error" {
		r.line("warning: " + msg)
	}
}

func (r *reporter) debug(msg string) {
	if r.level == "debug" {
		r.line("debug: " + msg)
	}
}
func (r *reporter) finish() {
	if r.bar != nil {
		r.bar.Finish()
	}
}

// openExistingStore opens the database for commands that only read it:
// opening a missing file would create an empty database and report
// nothing found, hiding a mistyped --db.
func (a *app) openExistingStore(ctx context.Context) (*schema.Store, error) {
	if _, err := os.Stat(a.cfg.DB); err != nil {
		return nil, fmt.Errorf("no database at %s: run 'rasd ingest PATH...' first, or point --db at an existing file", a.cfg.DB)
	}
	return a.openStore(ctx)
}

func (a *app) openStore(ctx context.Context) (*schema.Store, error) {
	s, err := schema.Open(ctx, a.cfg.DB, schema.Options{BusyTimeout: a.cfg.BusyTimeout})
	if err != nil {
		return nil, err
	}
	s.Now = a.now
	return s, nil
}
