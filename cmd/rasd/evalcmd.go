package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"context"
	"rasd/events/eval"
)

func (a *app) evalCommand() *cobra.Command {
	var gold []string
	var verbose, asJSON bool
	cmd := &cobra.Command{
		Use:   "eval --gold FILE.jsonl [--gold FILE.jsonl ...]",
		Short: "Score the coder against gold reports",
		Long: `Eval codes every gold report (one JSON object a line: id, lang, published, text and the
events a human coder found) and prints event precision, recall, F1 and the false-event
rate (the share of reports that describe no event where something was coded) for each
gold file, for each language and over all, then the accuracy of each field over matched
events. A coded event matches a gold event of the same report when both are
harms (killing, assassination, attempt) or both kidnappings, and they are within 100 km
or on the same day. --verbose lists every miss, false event and wrong field with the
evidence the coder cited. --json writes the same figures as one JSON object (fractions
from 0 to 1) for scripts: {"files":[...],"languages":{...},"all":{...}}.`,
		Example: `  rasd eval --gold ../shared/eval/dev/ar.jsonl --gold ../shared/eval/dev/en.jsonl
  rasd eval -v --gold my-gold.jsonl
  rasd eval --json --gold a.jsonl --gold b.jsonl > scores.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(gold) == 0 {
				return usagef("eval needs --gold FILE.jsonl")
			}
			if verbose && asJSON {
				return usagef("--json and --verbose do not go together: --json is for scripts, -v for reading")
			}
			res, err := a.evaluate(cmd.Context(), gold)
			if err != nil {
				return err
			}
			if asJSON {
				return res.WriteJSON(a.stdout)
			}
			return res.Write(a.stdout, verbose)
		},
	}
	cmd.Flags().StringArrayVar(&gold, "gold", nil, "gold reports, JSONL (repeatable)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every miss, false event and wrong field")
	cmd.Flags().BoolVar(&asJSON, "json", false, "write the figures as JSON")
	return cmd
}

// evaluate reads the gold files and scores the coder on them.
func (a *app) evaluate(ctx context.Context, paths []string) (*eval.Result, error) {
	var all []eval.Gold
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("read gold: %w", err)
		}
		g, err := eval.ReadGold(f, path)
		f.Close()
		if err != nil {
			return nil, err
		}
		if len(g) == 0 {
			return nil, fmt.Errorf("%s: no gold report in the file", path)
		}
		all = append(all, g...)
	}
	coder, err := a.newCoder(a.cfg)
	if err != nil {
		return nil, err
	}
	return eval.Evaluate(ctx, all, coder), ctx.Err()
}
