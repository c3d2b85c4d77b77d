package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"rasd/events/reader"
)

type extractOptions struct {
	read    readFlags
	format  string
	verbose bool
}

func (a *app) extractCommand() *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract [flags] PATH...",
		Short: "Code reports and print their events, touching no database",
		Long: `Extract reads reports exactly as ingest does, codes them, and prints the events: one JSON
object a line (the 31 ACLED columns plus report_id, category, target, confidence and
evidence with code-point offsets into the report's text), or a readable table. It
writes no database, so it can run on many machines over shards of a corpus.`,
		Example: `  rasd extract --published 2018-11-28 ../shared/seed/libya-tripoli-ar.txt
  rasd extract --format table seeds/reports
  cat reports.jsonl | rasd extract - > events.jsonl`,
		Args: requireArgs(1, "PATH: name the files or directories to read (or - for JSONL on stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.extract(cmd.Context(), o, args)
		},
	}
	o.read.register(cmd)
	cmd.Flags().StringVar(&o.format, "format", "jsonl", "jsonl or table")
	cmd.Flags().BoolVarP(&o.verbose, "verbose", "v", false, "also print, on stderr, candidates the coder rejected and why, and why each event's place and date were read where they were")
	return cmd
}

func (a *app) extract(ctx context.Context, o extractOptions, paths []string) error {
	if o.format != "jsonl" && o.format != "table" {
		return usagef("--format %q: want jsonl or table", o.format)
	}
	ropts, err := o.read.options(a.cfg)
	if err != nil {
		return err
	}
	coder, err := a.newCoder(a.cfg)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetEscapeHTML(false)
	tw := tabwriter.NewWriter(a.stdout, 2, 4, 2, ' ', 0)
	if o.format == "table" {
		fmt.Fprintln(tw, "REPORT\tCATEGORY\tDATE\tTP\tLOCATION\tCOUNTRY\tACTOR1\tACTOR2\tFATALITIES\tTARGET")
	}
	rep := newReporter(a.stderr, false, a.cfg.LogLevel)
	ropts.Warn = rep.warn
	ids := idsSeen{}
	failed, reports, total := 0, 0, 0
	for batch := range codeAll(ctx, reader.Read(paths, a.stdin, ropts), coder, a.codeOptions(o.verbose)) {
		for _, b := range batch {
			if b.stopped {
				continue
			}
			if msg := ids.again(b.report); msg != "" && b.err == nil {
				rep.warn(msg + ": both are coded here, but a store would keep only the one read last")
			}
			if b.err != nil {
				failed++
				rep.fail(b.err)
				continue
			}
			reports++
			if !b.report.Dated() {
				rep.warn(fmt.Sprintf("%s: report %s has no publication date, so its events cannot be dated; add a 'published' field (YYYY-MM-DD) or pass --published", b.report.Origin, b.report.ID))
			}
			a.explain(b.report, b.rejected)
			for _, e := range b.events {
				total++
				if o.format == "table" {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%d\t%s\n", e.ReportID, e.Category, e.EventDate,
						e.TimePrecision, e.Location, e.Country, e.Actor1, e.Actor2, e.Fatalities, e.Target)
					continue
				}
				if err := enc.Encode(e); err != nil {
					return fmt.Errorf("write events: %w", err)
				}
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "%d reports coded, %d events, %d failed\n", reports, total, failed)
	if failed > 0 {
		return errPartial
	}
	return ctx.Err()
}
