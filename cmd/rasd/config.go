package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Config is rasd's effective configuration: defaults < rasd.yaml < RASD_*
// environment variables < flags. Only this file knows about viper; the rest
// of rasd gets plain values.
type Config struct {
	DB           string        `mapstructure:"db"`
	BusyTimeout  time.Duration `mapstructure:"busy_timeout"`
	Gazetteer    string        `mapstructure:"gazetteer"`
	Dictionaries string        `mapstructure:"dictionaries"`
	LogLevel     string        `mapstructure:"log_level"`
	Export       ExportConfig  `mapstructure:"export"`
	Ingest       IngestConfig  `mapstructure:"ingest"`
	Limits       LimitsConfig  `mapstructure:"limits"`
}

// LimitsConfig bounds the work on one report, so no input stalls a run:
// a report over a limit fails alone, with its file and line, and the run
// goes on.
type LimitsConfig struct {
	ReportBytes   int           `mapstructure:"report_bytes"`
	InputBytes    int           `mapstructure:"input_bytes"`
	ReportTimeout time.Duration `mapstructure:"report_timeout"`
}

// ExportConfig holds export defaults.
type ExportConfig struct {
	BOM          bool `mapstructure:"bom"`
	Extended     bool `mapstructure:"extended"`
	NumericInter bool `mapstructure:"numeric_inter"`
}

// IngestConfig holds ingest tuning.
type IngestConfig struct {
	Batch   int `mapstructure:"batch"`
	Workers int `mapstructure:"workers"`
}

// defaults lists every key with its default value: viper ignores environment
// variables for keys it has never seen, so every key must be set here.
var defaults = []struct {
	key   string
	value any
	help  string
}{
	{"db", "rasd.db", "SQLite file events are stored in"},
	{"busy_timeout", "1m", "how long a write waits while another rasd writes the same database (e.g. 30s, 5m)"},
	{"gazetteer", "data/gazetteer.bin", "gazetteer built by 'rasd gazetteer build'"},
	{"dictionaries", "", "directory whose files override the built-in lexicons, actors and places"},
	{"log_level", "info", "debug, info, warn or error"},
	{"export.bom", false, "start CSV files with a UTF-8 byte order mark (for Excel)"},
	{"export.extended", false, "add category, target, confidence, report_ids and evidence columns"},
	{"export.numeric_inter", false, "write inter1, inter2 and interaction as ACLED's numbers"},
	{"ingest.batch", 500, "reports written per transaction"},
	{"ingest.workers", 0, "reports coded in parallel (0: one per CPU)"},
	{"limits.report_bytes", 1 << 20, "longest report text coded, in bytes (a longer one fails alone)"},
	{"limits.input_bytes", 16 << 20, "longest JSONL line or one-report file read, in bytes (a longer one fails alone)"},
	{"limits.report_timeout", "10s", "longest time coding one report may take (a report past it fails alone)"},
}

// configSource says where one setting came from, for 'rasd config'.
type configSource struct {
	Key, Value, From string
}

// loader reads configuration for one command run.
type loader struct {
	v    *viper.Viper
	file string // config file in use, "" when none
	env  func(string) (string, bool)
}

// loadConfig builds the configuration from an explicit file (or the search
// path), the environment and the command's flags.
func loadConfig(explicit string, flags *pflag.FlagSet, env func(string) (string, bool)) (*loader, Config, error) {
	v := viper.New()
	for _, d := range defaults {
		v.SetDefault(d.key, d.value)
	}
	v.SetEnvPrefix("RASD")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	l := &loader{v: v, env: env}
	file, err := findConfigFile(explicit)
	if err != nil {
		return nil, Config{}, err
	}
	if file != "" {
		f, err := os.Open(file)
		if err != nil {
			return nil, Config{}, fmt.Errorf("read config %s: %w", file, err)
		}
		defer f.Close()
		if err := l.read(f); err != nil {
			return nil, Config{}, fmt.Errorf("read config %s: %w", file, err)
		}
		l.file = file
	}
	if flags != nil {
		for _, d := range defaults {
			if f := flags.Lookup(flagName(d.key)); f != nil {
				if err := v.BindPFlag(d.key, f); err != nil {
					return nil, Config{}, err
				}
			}
		}
	}
	cfg, err := l.config()
	return l, cfg, err
}

// read parses YAML configuration from r; unknown keys are an error, so a
// typo does not silently leave a default in force.
func (l *loader) read(r io.Reader) error {
	l.v.SetConfigType("yaml")
	if err := l.v.ReadConfig(r); err != nil {
		return err
	}
	known := map[string]bool{}
	for _, d := range defaults {
		known[d.key] = true
	}
	var unknown []string
	for _, k := range l.v.AllKeys() {
		if !known[k] && l.v.InConfig(k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		var keys []string
		for _, d := range defaults {
			keys = append(keys, d.key)
		}
		var hints []string
		for _, u := range unknown {
			if near := nearestKey(u, keys); near != "" {
				hints = append(hints, fmt.Sprintf("%s: did you mean %s?", u, near))
			}
		}
		msg := fmt.Sprintf("unknown setting(s) %s", strings.Join(unknown, ", "))
		if len(hints) > 0 {
			msg += " (" + strings.Join(hints, " ") + ")"
		}
		return fmt.Errorf("%s; the settings rasd knows: %s", msg, strings.Join(keys, ", "))
	}
	return nil
}

func (l *loader) config() (Config, error) {
	var c Config
	// each setting is checked on its own first, so a bad value is named
	// with what it should be, not with the decoder's words
	for _, d := range defaults {
		if err := checkValue(d.key, l.v.Get(d.key), d.value); err != nil {
			return c, fmt.Errorf("configuration: %w", err)
		}
	}
	if err := l.v.Unmarshal(&c); err != nil {
		return c, fmt.Errorf("configuration: %w", err)
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return c, fmt.Errorf("configuration: log_level %q: want debug, info, warn or error", c.LogLevel)
	}
	if c.DB == "" {
		return c, errors.New("configuration: db must name a file")
	}
	if c.BusyTimeout <= 0 {
		return c, fmt.Errorf("configuration: busy_timeout %s: want a positive duration such as 30s or 5m", c.BusyTimeout)
	}
	if c.Ingest.Batch < 1 {
		return c, fmt.Errorf("configuration: ingest.batch %d: want at least 1", c.Ingest.Batch)
	}
	if c.Ingest.Workers < 0 {
		return c, fmt.Errorf("configuration: ingest.workers %d: want 0 or more", c.Ingest.Workers)
	}
	if c.Limits.ReportBytes < 1 || c.Limits.InputBytes < 1 {
		return c, fmt.Errorf("configuration: limits.report_bytes %d and limits.input_bytes %d: want at least 1", c.Limits.ReportBytes, c.Limits.InputBytes)
	}
	if c.Limits.ReportTimeout <= 0 {
		return c, fmt.Errorf("configuration: limits.report_timeout %s: want a positive duration such as 10s", c.Limits.ReportTimeout)
	}
	return c, nil
}

// sources reports every setting's value and origin.
func (l *loader) sources(flags *pflag.FlagSet) []configSource {
	var out []configSource
	for _, d := range defaults {
		s := configSource{Key: d.key, Value: fmt.Sprint(l.v.Get(d.key)), From: "default"}
		envName := "RASD_" + strings.ToUpper(strings.ReplaceAll(d.key, ".", "_"))
		switch {
		case flags != nil && flags.Lookup(flagName(d.key)) != nil && flags.Lookup(flagName(d.key)).Changed:
			s.From = "flag --" + flagName(d.key)
		case l.hasEnv(envName):
			s.From = "environment " + envName
		case l.file != "" && l.v.InConfig(d.key):
			s.From = "file " + l.file
		}
		out = append(out, s)
	}
	return out
}

func (l *loader) hasEnv(name string) bool {
	_, ok := l.env(name)
	return ok
}

// flagName is the command-line flag for a configuration key: db → --db,
// export.bom → --bom, log_level → --log-level.
func flagName(key string) string {
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		key = key[i+1:]
	}
	return strings.ReplaceAll(key, "_", "-")
}

// findConfigFile returns the explicit file, else rasd.yaml in the current
// directory, else rasd/rasd.yaml in the user's config directory, else "".
func findConfigFile(explicit string) (string, error) {
	if explicit != "" {
		if _, err := os.Stat(explicit); err != nil {
			return "", fmt.Errorf("config file: %w", err)
		}
		return explicit, nil
	}
	candidates := []string{"rasd.yaml"}
	if dir, err := os.UserConfigDir(); err == nil {
		candidates = append(candidates, filepath.Join(dir, "rasd", "rasd.yaml"))
	}
	for _, c := range candidates {
		if _, err := os.Stat(c); err == nil {
			return c, nil
		}
	}
	return "", nil
}

// checkValue reports a setting whose value cannot be read as its kind
// (the kind of its default), in words that say what to write.
func checkValue(key string, v, def any) error {
	s, isString := v.(string)
	if !isString {
		return nil // YAML already typed it; the decoder checks the rest
	}
	switch def.(type) {
	case bool:
		if _, err := strconv.ParseBool(s); err != nil {
			return fmt.Errorf("%s %q: want true or false", key, s)
		}
	case int:
		if _, err := strconv.Atoi(s); err != nil {
			return fmt.Errorf("%s %q: want a whole number", key, s)
		}
	case string:
		if strings.HasSuffix(key, "timeout") {
			if _, err := time.ParseDuration(s); err != nil {
				return fmt.Errorf("%s %q: want a duration such as 30s, 5m or 1h", key, s)
			}
		}
	}
	return nil
}

// nearestKey returns the known key nearest to a mistyped one, or "".
func nearestKey(typed string, keys []string) string {
	best, bestD := "", 3
	for _, k := range keys {
		if d := editDistance(typed, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}
