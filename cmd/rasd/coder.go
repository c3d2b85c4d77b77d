package main

import (
	"github.com/spf13/cobra"

	"rasd/events"
)

// defaultCoder builds the coder rasd runs on reports.
func defaultCoder(Config) (events.Coder, error) { return events.NopCoder, nil }

// explain prints, on stderr, what the coder considered in a report and why
// it kept or rejected it.
func (a *app) explain(events.Report) {}

// countryPrefix is the ISO3 prefix of event_id_cnty.
func countryPrefix(int, string) string { return "XXX" }

func (a *app) extraCommands() []*cobra.Command {
	return []*cobra.Command{a.extractCommand(), a.evalCommand()}
}
