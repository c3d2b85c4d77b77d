package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"rasd/events"
	"rasd/schema"
)

// Exit codes: DESIGN.md's contract with scripts.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageError is a mistake in how rasd was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// errPartial means some inputs failed; each failure was already reported.
var errPartial = errors.New("some inputs failed")

// app is one invocation of rasd: its streams, clock and configuration.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	now            func() time.Time
	// interactive is true when stderr is a terminal: progress bars are
	// drawn only then, never into logs or pipes.
	interactive bool
	// newCoder builds the coder; tests replace it.
	newCoder func(cfg Config) (events.Coder, error)

	configFile string
	cfg        Config
	loader     *loader
}

// run executes rasd with args and returns the process exit code. It prints
// an error once, on stderr.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, now: time.Now, newCoder: defaultCoder}
	if f, ok := stderr.(*os.File); ok {
		a.interactive = term.IsTerminal(int(f.Fd()))
	}
	return a.execute(ctx, args)
}

func (a *app) execute(ctx context.Context, args []string) int {
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	started := false
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		started = true
		l, cfg, err := loadConfig(a.configFile, cmd.Flags(), os.LookupEnv)
		if err != nil {
			return usageError{err}
		}
		a.loader, a.cfg = l, cfg
		return nil
	}
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errPartial):
		return exitFailure
	}
	fmt.Fprintf(a.stderr, "rasd: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) || !started {
		fmt.Fprintln(a.stderr, "Run 'rasd --help' or 'rasd COMMAND --help' for usage.")
		return exitUsage
	}
	return exitFailure
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "rasd",
		Short: "Code news reports of killings and kidnappings into ACLED-style events",
		Long: `rasd (Arabic رصد, "monitoring") reads news reports in Arabic and English about killings,
kidnappings, assassinations and assassination attempts, and codes them into event rows in
the style of ACLED: what happened, who did it to whom, where, when and how many died, with
the exact words each field was read from. Events are kept in a SQLite file that dashboards
read directly (SELECT * FROM acled_events) and exported as CSV, XLSX or GeoJSON.

Configuration: rasd.yaml (current directory, then the user config directory), RASD_*
environment variables, then flags; 'rasd config' shows what is in force and why.`,
		Example: `  rasd ingest seeds/reports
  rasd export --format xlsx --out out/events.xlsx
  rasd extract --published 2018-11-28 article.txt`,
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", "configuration file (default: ./rasd.yaml, then the user config dir)")
	pf.String("db", "rasd.db", "SQLite database file")
	pf.Duration("busy-timeout", schema.DefaultBusyTimeout, "how long a write waits while another rasd writes the same database")
	pf.String("gazetteer", "data/gazetteer.bin", "gazetteer file built by 'rasd gazetteer build'")
	pf.String("dictionaries", "", "directory whose files override the built-in lexicons, actors and places")
	pf.String("log-level", "info", "debug, info, warn or error")
	// every command rasd has: they are registered here and nowhere else
	root.AddCommand(a.ingestCommand(), a.extractCommand(), a.exportCommand(), a.searchCommand(), a.evalCommand(),
		a.gazetteerCommand(), a.geocodeCommand(), a.configCommand())
	return root
}

// version is rasd's version as recorded by the Go toolchain.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "0.1.0-dev"
}

// requireArgs is cobra.MinimumNArgs that reports a usage error.
func requireArgs(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("missing %s", what)
		}
		return nil
	}
}
