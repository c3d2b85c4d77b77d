package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

func (a *app) searchCommand() *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "search [flags] WORDS...",
		Short: "Find stored reports by words in their title or text (Arabic folded)",
		Long: `Search looks the words up in the full-text index of stored reports. Arabic is folded
the same way on both sides (diacritics, tatweel, alef, yaa and taa marbuta forms), so
طَرَابُلُس finds طرابلس. All words must occur; end a word with * to match a prefix.`,
		Example: `  rasd search طرابلس اغتيال
  rasd search --limit 50 kidnap*`,
		Args: requireArgs(1, "WORDS to search for"),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := a.openExistingStore(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			hits, err := store.Search(cmd.Context(), strings.Join(args, " "), limit)
			if err != nil {
				return err
			}
			for _, h := range hits {
				fmt.Fprintf(a.stdout, "%s\t%s\t%s\n\t%s\n", h.ReportID, h.Published, h.Title, h.Snippet)
			}
			fmt.Fprintf(a.stderr, "%d report(s)\n", len(hits))
			return nil
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 20, "at most this many reports")
	return cmd
}
