// Command rasd turns news reports of killings, kidnappings, assassinations
// and assassination attempts, in Arabic and English, into ACLED-style event
// rows, keeps them in SQLite and exports CSV, XLSX and GeoJSON.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	// RASD_CPUPROFILE=file writes a CPU profile of the whole run, for
	// 'go tool pprof' (docs/coding.md, "Speed").
	if path := os.Getenv("RASD_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "rasd: RASD_CPUPROFILE: %v\n", err)
			os.Exit(1)
		}
		defer f.Close()
	}
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	pprof.StopCPUProfile()
	stop()
	os.Exit(code)
}
