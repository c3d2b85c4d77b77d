package rules

import (
	"strconv"
	"strings"

	"rasd/events"
)

// event fills an event's columns from an incident, with evidence for every
// field read from the text.
func (b *binder) event(in *incident) events.Event {
	d, r := b.d, b.r
	// the category's evidence: a mention of the category coded, else the
	// first strong one
	first := in.cands[0]
	for _, c := range in.cands {
		if !c.info.weak && !c.info.attack {
			first = c
			break
		}
	}
	for _, c := range in.cands {
		if c.info.category == in.category && !c.info.generic {
			first = c
			break
		}
	}
	e := events.Event{
		Category:     in.category,
		DisorderType: "Political violence",
		ReportID:     r.ID,
		Source:       r.Source,
	}
	ev := func(field string, start, end int) {
		if start < 0 || end <= start {
			return
		}
		s, en, w := d.folded.Original(start, end)
		e.Evidence = append(e.Evidence, events.Evidence{Field: field, Start: s, End: en, Text: w})
	}
	ev("category", first.m.Start, first.m.End)

	// when
	e.EventDate, e.TimePrecision = in.when.date, in.when.precision
	if len(e.EventDate) >= 4 {
		e.Year, _ = strconv.Atoi(e.EventDate[:4])
	}
	ev("event_date", in.when.start, in.when.end)

	// where
	if in.where.ok {
		p := in.where.place
		e.Country, e.Admin1, e.Admin2, e.Location = p.Country, p.Admin1, p.Admin2, p.Location
		e.ISO, e.Region, e.Latitude, e.Longitude, e.GeoPrecision = p.ISO, p.Region, p.Lat, p.Lon, p.Precision
		if f := p.Former; f != nil && e.EventDate != "" && e.EventDate < f.Since {
			e.Country, e.ISO, e.Region = f.Country, f.ISO, f.Region // the country it was part of then
		}
		ev("location", in.where.start, in.where.end)
	}
	country := e.Country
	if country == "" {
		country = b.country
	}

	// what
	e.EventType, e.SubEventType = "Violence against civilians", "Attack"
	if in.category == events.Kidnapping {
		e.SubEventType = "Abduction/forced disappearance"
	}
	vs, ve, stateVictim := d.stateVictims(in)
	raid := !stateVictim && in.category != events.Kidnapping && d.militantVictims(in)
	clash := !stateVictim && !raid && in.category != events.Kidnapping && d.clashDead(in)
	militants := raid || clash
	if w, ws, we, ok := d.weapon(in); ok && in.category != events.Kidnapping {
		e.EventType, e.SubEventType = w.eventType, w.subType
		ev("sub_event_type", ws, we)
	} else if in.category != events.Kidnapping && (stateVictim || militants) {
		e.EventType, e.SubEventType = "Battles", "Armed clash"
	}

	// who
	b.actors(in, &e, country, vs, ve, stateVictim, ev)
	if militants {
		b.militantSides(in, &e, country, raid)
	}
	if e.Inter2 != 0 && e.Inter2 != events.Civilians && e.Inter2 != events.StateForces && e.Category == events.Assassination {
		// a commander of an armed group killed is a fight's casualty, not
		// the assassination of a chosen civilian or official
		e.Category, in.category = events.Killing, events.Killing
	}
	if e.Inter2 != 0 && e.Inter2 != events.Civilians && e.EventType == "Violence against civilians" && in.category != events.Kidnapping {
		e.EventType, e.SubEventType = "Battles", "Armed clash" // armed men killed: a fight, not an attack on civilians
	}
	if e.Inter2 == events.Civilians && e.EventType != "Battles" {
		e.CivilianTargeting = "Civilian targeting"
	}

	if _, ts, te, ok := b.target(in); ok {
		_, _, e.Target = d.folded.Original(ts, te)
		ev("target", ts, te)
	}

	// how many
	if in.category != events.Kidnapping {
		n, fs, fe := d.fatalities(in)
		e.Fatalities = n
		if e.SubEventType == "Suicide bomb" && n > 0 {
			e.Fatalities++ // CODEBOOK: suicide bombers count
		}
		ev("fatalities", fs, fe)
	}

	e.Confidence = confidence(in, e)
	e.Notes = notes(e)
	return e
}

// confidence is a rough 0..1 score of how well the text supports the event:
// its own date and place, a strong trigger, a named perpetrator.
func confidence(in *incident, e events.Event) float64 {
	c := 0.4
	if in.when.own {
		c += 0.2
	}
	if in.where.own {
		c += 0.15
	}
	for _, cand := range in.cands {
		if !cand.info.weak && !cand.info.generic && !cand.info.attack {
			c += 0.15
			break
		}
	}
	if len(in.cands) > 1 {
		c += 0.05
	}
	if e.TimePrecision > 1 {
		c -= 0.1
	}
	for _, cand := range in.cands {
		if cand.info.generic {
			c -= 0.2
			break
		}
	}
	return float64(int(min(max(c, 0.05), 0.99)*100+0.5)) / 100
}

// notes writes the event's English summary, deterministically.
func notes(e events.Event) string {
	var sb strings.Builder
	if e.EventDate != "" {
		sb.WriteString("On " + e.EventDate)
		switch e.TimePrecision {
		case 2:
			sb.WriteString(" (week approximate)")
		case 3:
			sb.WriteString(" (month approximate)")
		}
		sb.WriteString(", ")
	}
	actor := strings.TrimSuffix(e.Actor1, "")
	if actor == "" {
		actor = "unidentified perpetrators"
	} else if strings.HasPrefix(actor, "Unidentified Armed Group") {
		actor = "unidentified gunmen"
	}
	victim := "civilians"
	if e.Actor2 != "" && !strings.HasPrefix(e.Actor2, "Civilians") {
		victim = "members of " + e.Actor2
	}
	role := singularRole(e.AssocActor2)
	if role != "" && strings.HasPrefix(e.Actor2, "Civilians") {
		victim = role
	}
	if e.Target != "" {
		victim = e.Target
		if role != "" {
			victim += ", " + role + ","
		}
	}
	switch {
	case e.EventType == "Battles" && e.Inter2 != events.StateForces:
		other := e.Actor2
		if strings.HasPrefix(other, "Unidentified Armed Group") {
			other = "another armed group"
		}
		sb.WriteString(actor + " fought " + other)
	case e.Category == events.Kidnapping:
		sb.WriteString(actor + " abducted " + victim)
	case e.Category == events.Assassination:
		sb.WriteString(actor + " assassinated " + victim)
	case e.Category == events.AssassinationAttempt:
		sb.WriteString(actor + " attempted to assassinate " + victim)
	default:
		sb.WriteString(actor + " killed " + victim)
	}
	if e.Location != "" {
		sb.WriteString(" in " + e.Location)
		if e.Country != "" && e.Country != e.Location {
			sb.WriteString(", " + e.Country)
		}
	}
	if e.EventType == "Explosions/Remote violence" {
		sb.WriteString(" (" + strings.ToLower(e.SubEventType[:1]) + e.SubEventType[1:] + ")")
	}
	sb.WriteString(". Fatalities: " + strconv.Itoa(e.Fatalities) + ".")
	s := sb.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// singularRole turns an assoc_actor_2 label into words for the notes:
// "Journalists (Iraq)" → "a journalist", "Local Officials (Somalia)" → "a
// local official".
func singularRole(label string) string {
	role, _, _ := strings.Cut(label, " (")
	role = strings.ToLower(strings.TrimSpace(role))
	switch {
	case role == "":
		return ""
	case strings.HasSuffix(role, "people"):
		role = strings.TrimSuffix(role, "people") + "person"
	case strings.HasSuffix(role, "s"):
		role = strings.TrimSuffix(role, "s")
	}
	if strings.ContainsRune("aeiou", rune(role[0])) {
		return "an " + role
	}
	return "a " + role
}
