package exports

// columnDoc describes one export column for the XLSX codebook sheet, in
// the words of ACLED's codebook and rasd's own conventions (CODEBOOK.md),
// so a spreadsheet handed on without documentation still explains itself.
type columnDoc struct {
	meaning string
	format  string // form and an example
	numeric string // form with Options.NumericInter, when it differs
}

// columnDocs covers every column in events.Columns and
// events.ExtendedColumns; codebook_test.go checks that none is missing.
var columnDocs = map[string]columnDoc{
	"event_id_cnty": {
		meaning: "Identifier of the event: ISO3 country code followed by a number. Never reused and never changed once published.",
		format:  "text, e.g. LBY1234",
	},
	"event_date": {
		meaning: "Day the event took place. With time_precision 2 or 3 it is the middle of the week or month the report allows (the Wednesday of a Monday-Sunday week; the 15th of a month).",
		format:  "date, yyyy-mm-dd, e.g. 2024-05-13",
	},
	"year": {
		meaning: "Year of event_date, for filtering and grouping by year.",
		format:  "number, e.g. 2024",
	},
	"time_precision": {
		meaning: "How exactly event_date is known: 1 the day, 2 only the week, 3 only the month. Vaguer dates are not coded.",
		format:  "number 1-3",
	},
	"disorder_type": {
		meaning: "ACLED's disorder type: Political violence (battles, explosions/remote violence, violence against civilians) or Strategic developments.",
		format:  "text, e.g. Political violence",
	},
	"event_type": {
		meaning: "ACLED event type. When tactics combine, the higher one in ACLED's hierarchy is coded.",
		format:  "text: Battles; Explosions/Remote violence; Violence against civilians; Strategic developments",
	},
	"sub_event_type": {
		meaning: "ACLED sub-event type within event_type, e.g. Attack or Abduction/forced disappearance (violence against civilians), Armed clash (battles), Air/drone strike or Remote explosive/landmine/IED (explosions).",
		format:  "text, e.g. Abduction/forced disappearance",
	},
	"actor1": {
		meaning: "Main actor who carried out the event, with ACLED's spelling from rasd's curated actor table. State forces carry their validity years; unknown perpetrators are \"Unidentified Armed Group (<country>)\".",
		format:  "text, e.g. Military Forces of Libya (2014-) Haftar Faction",
	},
	"assoc_actor_1": {
		meaning: "Actors acting with actor1, \"; \"-separated.",
		format:  "text, may be empty",
	},
	"inter1": {
		meaning: "Actor type of actor1: 1 State forces, 2 Rebel group, 3 Political militia, 4 Identity militia, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces.",
		format:  "text, e.g. Political militia",
		numeric: "number 1-8, e.g. 3",
	},
	"actor2": {
		meaning: "Actor on the receiving end. Victims of violence against civilians are always civilians of their own country, e.g. \"Civilians (Libya)\", \"Civilians (Egypt)\" for Egyptian workers in Libya.",
		format:  "text, e.g. Civilians (Libya); empty for one-sided events",
	},
	"assoc_actor_2": {
		meaning: "Actors associated with actor2; for civilian victims, their role (journalist, official, former security chief).",
		format:  "text, may be empty",
	},
	"inter2": {
		meaning: "Actor type of actor2, same codes as inter1.",
		format:  "text, e.g. Civilians; empty when there is no actor2",
		numeric: "number 1-8, e.g. 7; empty when there is no actor2",
	},
	"interaction": {
		meaning: "The two actor types together, lower code first; \"<type> only\" when there is one actor.",
		format:  "text, e.g. Political militia-Civilians or Rebel group only",
		numeric: "number: the two codes, lower first, e.g. 37; 20 for a rebel group alone",
	},
	"civilian_targeting": {
		meaning: "\"Civilian targeting\" when civilians were the main target of the event, empty otherwise.",
		format:  "text: Civilian targeting or empty",
	},
	"iso": {
		meaning: "ISO 3166-1 numeric code of the country.",
		format:  "number, e.g. 434 (Libya)",
	},
	"region": {
		meaning: "ACLED region of the country.",
		format:  "text, e.g. Northern Africa, Middle East, Western Africa",
	},
	"country": {
		meaning: "Country where the event took place.",
		format:  "text, e.g. Libya",
	},
	"admin1": {
		meaning: "Largest sub-national administrative region of the location.",
		format:  "text, e.g. Tripoli",
	},
	"admin2": {
		meaning: "Second-level administrative region, where known.",
		format:  "text, may be empty",
	},
	"admin3": {
		meaning: "Third-level administrative region, where known.",
		format:  "text, may be empty",
	},
	"location": {
		meaning: "Named place the event is coded to: a town, or a city district written \"City - District\".",
		format:  "text, e.g. Tripoli - Abu Salim",
	},
	"latitude": {
		meaning: "Latitude of the named place (not of the exact spot), WGS84.",
		format:  "number, 4 decimals, e.g. 32.8874",
	},
	"longitude": {
		meaning: "Longitude of the named place, WGS84; west of Greenwich is negative.",
		format:  "number, 4 decimals, e.g. -3.9956",
	},
	"geo_precision": {
		meaning: "How exactly the place is known: 1 the named town or district, 2 near a town or a small part of a region (coded to a representative town), 3 only a larger region (coded to a natural location or the provincial capital). Country-only events are not coded.",
		format:  "number 1-3",
	},
	"source": {
		meaning: "Outlets that reported the event, \"; \"-separated; each further report of the same event adds its outlet.",
		format:  "text, e.g. Libya Observer; Al Wasat",
	},
	"source_scale": {
		meaning: "Reach of the sources: Local partner, Subnational, National, Regional, International, or a combination.",
		format:  "text, e.g. Subnational-National",
	},
	"notes": {
		meaning: "Short factual summary of the event in English.",
		format:  "text",
	},
	"fatalities": {
		meaning: "Reported deaths, not verified; the lowest figure when sources disagree. Vague words are fixed numbers (several 3, dozens 12, tens 10, hundreds 100); injuries are not counted; 0 when no death is mentioned. A total over several days is split across the days' events.",
		format:  "number, e.g. 2",
	},
	"tags": {
		meaning: "Structured extra details, \"; \"-separated.",
		format:  "text, may be empty",
	},
	"timestamp": {
		meaning: "When the row was last written, as Unix time (seconds since 1970-01-01 UTC).",
		format:  "number, e.g. 1715644800",
	},
	"category": {
		meaning: "rasd extension. rasd's own classification, finer than ACLED's types: killing, kidnapping, assassination (a chosen, usually prominent person killed) or assassination_attempt (such an attempt, failed).",
		format:  "text: killing, kidnapping, assassination, assassination_attempt",
	},
	"target": {
		meaning: "rasd extension. The named victim or target, when the reports name one.",
		format:  "text, may be empty",
	},
	"confidence": {
		meaning: "rasd extension. The coder's confidence in the event, from 0 (a guess) to 1 (every field read from explicit words).",
		format:  "number 0-1, 2 decimals, e.g. 0.85",
	},
	"report_ids": {
		meaning: "rasd extension. Identifiers of the reports that support the event, \"; \"-separated.",
		format:  "text, e.g. libyaobserver-2024-05-13-1; alwasat-88213",
	},
	"evidence": {
		meaning: "rasd extension. For every field read from a report: the field, the words, and their position in the report's text (Unicode code-point offsets, end exclusive).",
		format:  "JSON, e.g. [{\"field\":\"location\",\"start\":120,\"end\":126,\"text\":\"طرابلس\"}]",
	},
}
