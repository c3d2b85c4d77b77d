package eval

import (
	"encoding/json"
	"io"
)

// TallyJSON is a tally as 'rasd eval --json' writes it for scripts:
// counts, and fractions from 0 to 1 (0 when nothing was there to count:
// no coded event for precision, no matched event for a field).
type TallyJSON struct {
	File           string             `json:"file,omitempty"`
	Reports        int                `json:"reports"`
	Gold           int                `json:"gold"`
	Coded          int                `json:"coded"`
	Matched        int                `json:"matched"`
	Precision      float64            `json:"precision"`
	Recall         float64            `json:"recall"`
	F1             float64            `json:"f1"`
	FalseEventRate float64            `json:"false_event_rate"`
	Fields         map[string]float64 `json:"fields"`
}

// ResultJSON is a whole evaluation for scripts: one tally per gold file,
// per language, and over everything.
type ResultJSON struct {
	Files     []TallyJSON          `json:"files"`
	Languages map[string]TallyJSON `json:"languages"`
	All       TallyJSON            `json:"all"`
}

// JSON returns the tally's figures.
func (t Tally) JSON() TallyJSON {
	j := TallyJSON{Reports: t.Reports, Gold: t.Gold, Coded: t.Coded, Matched: t.Matched,
		Precision: t.Precision(), Recall: t.Recall(), F1: t.F1(), FalseEventRate: t.FalseEventRate(),
		Fields: make(map[string]float64, len(Fields))}
	for _, f := range Fields {
		j.Fields[f.Name] = t.Accuracy(f.Name)
	}
	return j
}

// JSON returns the evaluation's figures.
func (r *Result) JSON() ResultJSON {
	out := ResultJSON{Files: []TallyJSON{}, Languages: map[string]TallyJSON{}, All: r.All.JSON()}
	for _, f := range r.Files {
		j := r.ByFile[f].JSON()
		j.File = f
		out.Files = append(out.Files, j)
	}
	for l, t := range r.ByLang {
		out.Languages[l] = t.JSON()
	}
	return out
}

// WriteJSON writes the evaluation's figures as one indented JSON object.
func (r *Result) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r.JSON())
}
