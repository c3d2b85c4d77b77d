package exports

import (
	"fmt"
	"iter"
	"time"

	"rasd/events"
)

// place is a real gazetteer-like entry; Bamako and Timbuktu put negative
// longitudes in the fixtures, the case formula neutralisation must not touch.
type place struct {
	country, iso3, region, admin1, location string
	iso                                     int
	lat, lon                                float64
}

var fixturePlaces = []place{
	{"Libya", "LBY", "Northern Africa", "Tripoli", "Tripoli - Abu Salim", 434, 32.8553, 13.1936},
	{"Libya", "LBY", "Northern Africa", "Benghazi", "بنغازي", 434, 32.1167, 20.0667},
	{"Mali", "MLI", "Western Africa", "Bamako", "Bamako", 466, 12.6392, -7.9994},
	{"Mali", "MLI", "Western Africa", "Tombouctou", "Timbuktu", 466, 16.7735, -3.0074},
	{"Iraq", "IRQ", "Middle East", "Baghdad", "بغداد - الكرادة", 368, 33.3128, 44.4297},
	{"Morocco", "MAR", "Northern Africa", "Fes-Meknes", "Ifrane", 504, 33.5228, -5.1106},
}

// syntheticEvent makes the i-th fixture event: realistic values with the
// awkward cases mixed in — Arabic notes and places, commas, quotes and line
// breaks in notes, negative longitudes, missing actor types, supporting
// reports and evidence for the extended columns.
func syntheticEvent(i int) events.Event {
	p := fixturePlaces[i%len(fixturePlaces)]
	day := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i*7)%3000)
	e := events.Event{
		EventIDCnty: fmt.Sprintf("%s%d", p.iso3, 1000+i), EventDate: day.Format(time.DateOnly), Year: day.Year(),
		TimePrecision: 1 + i%3, DisorderType: "Political violence", EventType: "Violence against civilians",
		SubEventType: "Attack", Actor1: "Unidentified Armed Group (" + p.country + ")", Inter1: events.PoliticalMilitia,
		Actor2: "Civilians (" + p.country + ")", Inter2: events.Civilians, CivilianTargeting: "Civilian targeting",
		ISO: p.iso, Region: p.region, Country: p.country, Admin1: p.admin1, Location: p.location,
		Latitude: p.lat, Longitude: p.lon, GeoPrecision: 1 + i%3, Source: "Libya Observer; الوسط",
		SourceScale: "National", Fatalities: i % 4, Timestamp: 1715644800 + int64(i),
		Notes:    fmt.Sprintf("On %s, gunmen killed a civilian, \"case %d\", in %s.", day.Format(time.DateOnly), i, p.location),
		ReportID: fmt.Sprintf("report-%d", i), Category: events.Killing, Target: "", Confidence: 0.8,
		Evidence: []events.Evidence{{Field: "location", Start: 12, End: 18, Text: "طرابلس"}},
	}
	switch i % 5 {
	case 1:
		e.Notes = fmt.Sprintf("قتل مسلحون مجهولون مدنياً في %s، يوم %s.", p.location, e.EventDate)
		e.SubEventType, e.Category, e.Fatalities = "Abduction/forced disappearance", events.Kidnapping, 0
		e.AssocActor2 = "Journalists (" + p.country + ")"
	case 2:
		e.Notes += "\nA second line: witnesses said \"no warning\"."
		e.ReportIDs = []string{fmt.Sprintf("report-%d", i), "alwasat-88213"}
		e.Tags = "crowd size=no report"
	case 3:
		e.Actor2, e.Inter2, e.CivilianTargeting = "", 0, ""
		e.Category, e.Target, e.Confidence = events.AssassinationAttempt, "Col. Ahmed, a \"former\" chief", 0.55
	case 4:
		e.Admin2, e.Admin3, e.Evidence = "Central", "", nil
	}
	return e
}

func syntheticEvents(n int) []events.Event {
	es := make([]events.Event, n)
	for i := range es {
		es[i] = syntheticEvent(i)
	}
	return es
}

// seqOf feeds a slice to an exporter the way the store does.
func seqOf(es []events.Event) iter.Seq2[events.Event, error] {
	return func(yield func(events.Event, error) bool) {
		for _, e := range es {
			if !yield(e, nil) {
				return
			}
		}
	}
}

// failingSeq yields the events, then err.
func failingSeq(es []events.Event, err error) iter.Seq2[events.Event, error] {
	return func(yield func(events.Event, error) bool) {
		for _, e := range es {
			if !yield(e, nil) {
				return
			}
		}
		yield(events.Event{}, err)
	}
}

// trickyEvent holds every case neutralisation and quoting must handle.
func trickyEvent() events.Event {
	e := syntheticEvent(2)
	e.EventIDCnty = "MLI77"
	e.Actor1 = "=HYPERLINK(\"http://evil.example\",\"click\")"
	e.AssocActor1 = "+1 militia"
	e.Actor2 = "-Civilians (Mali)"
	e.AssocActor2 = "@SUM(A1:A9)"
	e.Location = "\tBamako"
	e.Tags = "\rsplit"
	e.Source = " leading space, comma"
	e.Notes = "He said \"stop\", then\nleft; in Bamako, -3 km west"
	e.Latitude, e.Longitude = 7.6, -3.9956
	e.Fatalities = 2
	return e
}
