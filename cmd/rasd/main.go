// Command rasd turns news reports of killings, kidnappings, assassinations
// and assassination attempts, in Arabic and English, into ACLED-style event
// rows, keeps them in SQLite and exports CSV, XLSX and GeoJSON.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
