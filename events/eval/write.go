package eval

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"rasd/events"
)

// Write prints the evaluation as a table; verbose adds every miss, every
// false event and every wrong field, with the evidence the coder cited.
func (r *Result) Write(w io.Writer, verbose bool) error {
	langs := r.Langs()
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', tabwriter.AlignRight)
	row := func(name string, t Tally) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f (%d/%d)\t\n", name, t.Reports, t.Gold, t.Coded, t.Matched,
			t.Precision(), t.Recall(), t.F1(), t.FalseEventRate(), t.FalseReports, t.EmptyReports)
	}
	const columns = "\treports\tgold\tcoded\tmatched\tprecision\trecall\tF1\tfalse-event rate\t"
	fmt.Fprintln(tw, "file"+columns)
	for _, f := range r.Files {
		row(f, *r.ByFile[f])
	}
	fmt.Fprintln(tw, "\t")
	fmt.Fprintln(tw, "lang"+columns)
	for _, l := range langs {
		row(l, *r.ByLang[l])
	}
	row("all", r.All)
	fmt.Fprintln(tw, "\t")
	head := "field accuracy (matched events)\t"
	for _, l := range langs {
		head += l + "\t"
	}
	fmt.Fprintln(tw, head+"all\t")
	for _, f := range Fields {
		line := f.Name + "\t"
		for _, l := range langs {
			t := r.ByLang[l]
			line += fmt.Sprintf("%.3f (%d/%d)\t", t.Accuracy(f.Name), t.FieldRight[f.Name], t.Matched)
		}
		line += fmt.Sprintf("%.3f (%d/%d)\t", r.All.Accuracy(f.Name), r.All.FieldRight[f.Name], r.All.Matched)
		fmt.Fprintln(tw, line)
	}
	if len(r.Files) > 1 {
		// the same fields by file, figures only: the sets are told apart
		fmt.Fprintln(tw, "\t")
		head := "field accuracy by file\t"
		for _, f := range r.Files {
			head += shortName(f) + "\t"
		}
		fmt.Fprintln(tw, head)
		for _, fd := range Fields {
			line := fd.Name + "\t"
			for _, f := range r.Files {
				line += fmt.Sprintf("%.3f\t", r.ByFile[f].Accuracy(fd.Name))
			}
			fmt.Fprintln(tw, line)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if !verbose {
		return nil
	}
	for _, rr := range r.Reports {
		if len(rr.Missed) == 0 && len(rr.Extra) == 0 && len(rr.Wrong) == 0 && rr.Err == nil {
			continue
		}
		fmt.Fprintf(w, "\n== %s (%s, published %s)\n", rr.Gold.Report.ID, rr.Gold.Report.Lang, rr.Gold.Report.PublishedString())
		if rr.Err != nil {
			fmt.Fprintf(w, "  error: %v\n", rr.Err)
		}
		for _, j := range rr.Missed {
			fmt.Fprintf(w, "  MISSED %s\n", describe(rr.Gold.Events[j].Event))
		}
		for _, i := range rr.Extra {
			fmt.Fprintf(w, "  FALSE  %s\n", describe(rr.Coded[i]))
			writeEvidence(w, rr.Coded[i])
		}
		for _, p := range rr.Pairs {
			fields := rr.Wrong[p.want]
			if len(fields) == 0 {
				continue
			}
			got, want := rr.Coded[p.got], rr.Gold.Events[p.want].Event
			fmt.Fprintf(w, "  MATCH  %s\n", describe(want))
			for _, f := range fields {
				fmt.Fprintf(w, "    %-15s got %-40s want %s\n", f, fieldValue(got, f), fieldValue(want, f))
			}
			writeEvidence(w, got)
		}
	}
	return nil
}

// shortName is a gold file's last folder and name ("real-dev/ar-ant.jsonl"),
// enough to tell the sets apart in a column header.
func shortName(path string) string {
	dir, file := filepath.Split(filepath.Clean(path))
	if parent := filepath.Base(dir); dir != "" && parent != "." && parent != string(filepath.Separator) {
		return parent + "/" + file
	}
	return file
}

func describe(e events.Event) string {
	return fmt.Sprintf("%s %s tp%d %s/%s (%s) %s -> %s fat=%d %q", e.Category, e.EventDate, e.TimePrecision,
		e.Country, e.Location, e.SubEventType, e.Actor1, e.Actor2, e.Fatalities, e.Target)
}

func writeEvidence(w io.Writer, e events.Event) {
	var parts []string
	for _, ev := range e.Evidence {
		parts = append(parts, fmt.Sprintf("%s=%q@%d", ev.Field, ev.Text, ev.Start))
	}
	if len(parts) > 0 {
		fmt.Fprintf(w, "           evidence: %s\n", strings.Join(parts, " "))
	}
}

func fieldValue(e events.Event, field string) string {
	switch field {
	case "category":
		return string(e.Category)
	case "event_type":
		return e.EventType
	case "sub_event_type":
		return e.SubEventType
	case "event_date":
		return e.EventDate
	case "time_precision":
		return fmt.Sprint(e.TimePrecision)
	case "country":
		return e.Country
	case "admin1":
		return e.Admin1
	case "location_25km":
		return fmt.Sprintf("%s (%.4f, %.4f)", e.Location, e.Latitude, e.Longitude)
	case "geo_precision":
		return fmt.Sprint(e.GeoPrecision)
	case "fatalities":
		return fmt.Sprint(e.Fatalities)
	case "actor1":
		return e.Actor1
	case "inter1":
		return e.Inter1.String()
	case "actor2":
		return e.Actor2
	case "inter2":
		return e.Inter2.String()
	case "target":
		return e.Target
	}
	return "?"
}
