package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func (a *app) configCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the configuration in force and where each value came from",
		Long: `Config prints every setting with its value and its origin: default, the
configuration file, a RASD_* environment variable, or a flag. Settings in rasd.yaml
use the keys shown (nested keys such as export.bom as YAML maps); environment
variables are RASD_ plus the key in capitals with dots as underscores
(RASD_EXPORT_BOM=true).`,
		Example: `  rasd config
  RASD_DB=/data/events.db rasd config
  rasd --config team.yaml config`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if a.loader.file != "" {
				fmt.Fprintf(a.stdout, "config file: %s\n\n", a.loader.file)
			} else {
				fmt.Fprintf(a.stdout, "config file: none (looked for ./rasd.yaml and the user config dir)\n\n")
			}
			tw := tabwriter.NewWriter(a.stdout, 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "KEY\tVALUE\tFROM\tMEANING")
			help := map[string]string{}
			for _, d := range defaults {
				help[d.key] = d.help
			}
			for _, s := range a.loader.sources(cmd.Flags()) {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", s.Key, s.Value, s.From, help[s.Key])
			}
			return tw.Flush()
		},
	}
}
