package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"rasd/events/eval"
)

func (a *app) evalCommand() *cobra.Command {
	var gold []string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "eval --gold FILE.jsonl [--gold FILE.jsonl ...]",
		Short: "Score the coder against gold reports",
		Long: `Eval codes every gold report (one JSON object a line: id, lang, published, text and the
events a human coder found) and prints event precision, recall and F1 per language,
accuracy of each field over matched events, and the false-event rate on reports that
describe no event. A coded event matches a gold event of the same report when both are
harms (killing, assassination, attempt) or both kidnappings, and they are within 100 km
or on the same day. --verbose lists every miss, false event and wrong field with the
evidence the coder cited.`,
		Example: `  rasd eval --gold ../shared/eval/dev/ar.jsonl --gold ../shared/eval/dev/en.jsonl
  rasd eval -v --gold my-gold.jsonl`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(gold) == 0 {
				return usagef("eval needs --gold FILE.jsonl")
			}
			var all []eval.Gold
			for _, path := range gold {
				f, err := os.Open(path)
				if err != nil {
					return fmt.Errorf("read gold: %w", err)
				}
				g, err := eval.ReadGold(f, path)
				f.Close()
				if err != nil {
					return err
				}
				all = append(all, g...)
			}
			coder, err := a.newCoder(a.cfg)
			if err != nil {
				return err
			}
			return eval.Evaluate(all, coder).Write(a.stdout, verbose)
		},
	}
	cmd.Flags().StringArrayVar(&gold, "gold", nil, "gold reports, JSONL (repeatable)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every miss, false event and wrong field")
	return cmd
}
