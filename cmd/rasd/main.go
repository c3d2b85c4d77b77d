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
	stopProfile := startProfile()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stopProfile()
	stop()
	os.Exit(code)
}

// startProfile starts a CPU profile of the whole run into the file
// RASD_CPUPROFILE names, for 'go tool pprof' (docs/coding.md, "Speed"),
// and returns what ends it.
func startProfile() (stop func()) {
	path := os.Getenv("RASD_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "rasd: RASD_CPUPROFILE: %v\n", err)
		os.Exit(1)
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(os.Stderr, "rasd: RASD_CPUPROFILE: %v\n", err)
		}
	}
}
