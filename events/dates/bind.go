package dates

// Mention locates an event in a report, in code-point offsets, so Governing
// can choose the date expression that speaks of it.
type Mention struct {
	// Trigger and TriggerEnd bound the word that names the event (قتل،
	// "kidnapped"). TriggerEnd may be left zero: it is then Trigger.
	Trigger, TriggerEnd int
	// SentenceStart and SentenceEnd bound the sentence around the trigger;
	// a coder that knows clauses may pass the clause instead.
	SentenceStart, SentenceEnd int
	// ParagraphStart is where the trigger's paragraph begins.
	ParagraphStart int
}

// Governing returns the expression that dates the event at m: the nearest
// expression in the same sentence, measured from the trigger word's edges
// (a tie goes to the one after the trigger, where both languages usually put
// the date: "قتل مسلحون مساء الثلاثاء", "killed on Tuesday"); else the last
// expression earlier in the paragraph, which reports use to set the scene
// ("On Tuesday, … . The gunmen then …"). Dateline expressions are passed
// over. It reports false when neither exists: the coder then falls back to
// the dateline (DatelineOf), then to the publication date. The expression may be Vague, Old or Future: it is the coder's call
// what such a date means for the event.
//
// exprs must be in text order, as Find returns them.
func Governing(exprs []Expr, m Mention) (Expr, bool) {
	tEnd := max(m.TriggerEnd, m.Trigger)
	best, bestDist := -1, 0
	for i, e := range exprs {
		if e.Is(Dateline) || e.Start < m.SentenceStart || e.End > m.SentenceEnd {
			continue
		}
		var d int
		switch {
		case e.End <= m.Trigger:
			d = m.Trigger - e.End
		case e.Start >= tEnd:
			d = e.Start - tEnd
		}
		if best < 0 || d < bestDist || d == bestDist && e.Start >= tEnd {
			best, bestDist = i, d
		}
	}
	if best >= 0 {
		return exprs[best], true
	}
	for i := len(exprs) - 1; i >= 0; i-- {
		e := exprs[i]
		if !e.Is(Dateline) && e.End <= m.SentenceStart && e.Start >= m.ParagraphStart {
			return e, true
		}
	}
	return Expr{}, false
}

// DatelineOf returns the report's dateline date, if Find marked one.
func DatelineOf(exprs []Expr) (Expr, bool) {
	for _, e := range exprs {
		if e.Is(Dateline) {
			return e, true
		}
	}
	return Expr{}, false
}
