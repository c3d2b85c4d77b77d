package events

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Event is one coded incident: ACLED's 31 columns plus what rasd knows about
// how it was coded (category, target, confidence, evidence, supporting reports).
// Field names in JSON are the export column names.
type Event struct {
	EventIDCnty       string  `json:"event_id_cnty"`
	EventDate         string  `json:"event_date"` // YYYY-MM-DD, "" when the report is undated
	Year              int     `json:"year"`
	TimePrecision     int     `json:"time_precision"`
	DisorderType      string  `json:"disorder_type"`
	EventType         string  `json:"event_type"`
	SubEventType      string  `json:"sub_event_type"`
	Actor1            string  `json:"actor1"`
	AssocActor1       string  `json:"assoc_actor_1"`
	Inter1            Inter   `json:"inter1"`
	Actor2            string  `json:"actor2"`
	AssocActor2       string  `json:"assoc_actor_2"`
	Inter2            Inter   `json:"inter2"`
	CivilianTargeting string  `json:"civilian_targeting"`
	ISO               int     `json:"iso"`
	Region            string  `json:"region"`
	Country           string  `json:"country"`
	Admin1            string  `json:"admin1"`
	Admin2            string  `json:"admin2"`
	Admin3            string  `json:"admin3"`
	Location          string  `json:"location"`
	Latitude          float64 `json:"latitude"`
	Longitude         float64 `json:"longitude"`
	GeoPrecision      int     `json:"geo_precision"`
	Source            string  `json:"source"`
	SourceScale       string  `json:"source_scale"`
	Notes             string  `json:"notes"`
	Fatalities        int     `json:"fatalities"`
	Tags              string  `json:"tags"`
	Timestamp         int64   `json:"timestamp"`

	ReportID   string     `json:"report_id"`
	ReportIDs  []string   `json:"report_ids,omitempty"` // every supporting report, once stored
	Category   Category   `json:"category"`
	Target     string     `json:"target"`
	Confidence float64    `json:"confidence"`
	Evidence   []Evidence `json:"evidence"`
}

// Evidence ties a field of an event to the words it was read from. Start and
// End are Unicode code-point offsets into the report's text, End exclusive.
type Evidence struct {
	Field string `json:"field"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Interaction is ACLED's interaction column for the event's two actors.
func (e Event) Interaction(numeric bool) string { return Interaction(e.Inter1, e.Inter2, numeric) }

// MarshalJSON writes inter1, inter2 and interaction in ACLED's text form,
// the form current ACLED files use.
func (e Event) MarshalJSON() ([]byte, error) {
	type plain Event
	return json.Marshal(struct {
		plain
		Inter1      string `json:"inter1"`
		Inter2      string `json:"inter2"`
		Interaction string `json:"interaction"`
	}{plain(e), e.Inter1.String(), e.Inter2.String(), e.Interaction(false)})
}

// UnmarshalJSON accepts inter codes as numbers or as ACLED's text.
func (e *Event) UnmarshalJSON(b []byte) error {
	type plain Event
	var aux struct {
		*plain
		Inter1 json.RawMessage `json:"inter1"`
		Inter2 json.RawMessage `json:"inter2"`
	}
	aux.plain = (*plain)(e)
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	var err error
	if e.Inter1, err = parseRawInter(aux.Inter1); err != nil {
		return err
	}
	e.Inter2, err = parseRawInter(aux.Inter2)
	return err
}

func parseRawInter(raw json.RawMessage) (Inter, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return 0, nil
	}
	var s string
	if raw[0] == '"' {
		if err := json.Unmarshal(raw, &s); err != nil {
			return 0, err
		}
	} else {
		s = string(raw)
	}
	return ParseInter(s)
}

// Columns are ACLED's export columns, exactly these 31 in this order.
var Columns = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
	"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
	"iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
	"source", "source_scale", "notes", "fatalities", "tags", "timestamp",
}

// ExtendedColumns follow the 31 when a user asks for rasd's own fields.
var ExtendedColumns = []string{"category", "target", "confidence", "report_ids", "evidence"}

// RowOptions shape a row as text.
type RowOptions struct {
	NumericInter bool // write inter1/inter2/interaction as ACLED's numbers
	Extended     bool // append ExtendedColumns
}

// Row renders the event as export cells, in Columns order (then
// ExtendedColumns when asked). Numbers are written the way ACLED writes them:
// coordinates with 4 decimals, empty cells for unknown codes.
func (e Event) Row(o RowOptions) []string {
	inter := func(i Inter) string {
		if !i.Valid() {
			return ""
		}
		if o.NumericInter {
			return strconv.Itoa(int(i))
		}
		return i.String()
	}
	row := []string{
		e.EventIDCnty, e.EventDate, itoaNonZero(e.Year), itoaNonZero(e.TimePrecision), e.DisorderType, e.EventType, e.SubEventType,
		e.Actor1, e.AssocActor1, inter(e.Inter1), e.Actor2, e.AssocActor2, inter(e.Inter2), e.Interaction(o.NumericInter), e.CivilianTargeting,
		itoaNonZero(e.ISO), e.Region, e.Country, e.Admin1, e.Admin2, e.Admin3, e.Location, Coord(e.Latitude), Coord(e.Longitude), itoaNonZero(e.GeoPrecision),
		e.Source, e.SourceScale, e.Notes, strconv.Itoa(e.Fatalities), e.Tags, strconv.FormatInt(e.Timestamp, 10),
	}
	if o.Extended {
		ev, _ := json.Marshal(e.Evidence)
		if e.Evidence == nil {
			ev = []byte("[]")
		}
		ids := e.ReportIDs
		if len(ids) == 0 && e.ReportID != "" {
			ids = []string{e.ReportID}
		}
		row = append(row, string(e.Category), e.Target, strconv.FormatFloat(e.Confidence, 'f', 2, 64),
			strings.Join(ids, "; "), string(ev))
	}
	return row
}

// Coord formats a latitude or longitude as ACLED does: 4 decimals.
func Coord(f float64) string { return strconv.FormatFloat(f, 'f', 4, 64) }

func itoaNonZero(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}
