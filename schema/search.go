package schema

import (
	"context"
	"fmt"
	"strings"

	"rasd/events/arabic"
)

// Hit is one report that matches a search.
type Hit struct {
	ReportID  string
	Title     string
	Published string
	Snippet   string // folded text around the match, matches in [brackets]
}

// Search finds reports whose title or text match query, an FTS5 query.
// The query is folded like the index (diacritics, alef/yaa/taa marbuta
// forms), so a vowelled query finds the unvowelled word and "Tripoli" finds "tripoli".
func (s *Store) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	q := ftsQuery(query)
	if q == "" {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT f.report_id, r.title, coalesce(r.published, ''),
		snippet(reports_fts, 2, '[', ']', '…', 12)
		FROM reports_fts f JOIN reports r ON r.id = f.report_id
		WHERE reports_fts MATCH ? ORDER BY rank LIMIT ?`, q, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ReportID, &h.Title, &h.Published, &h.Snippet); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// ftsQuery folds a user's query and quotes each word, so punctuation in
// Arabic or English text is never read as FTS5 syntax. Words are ANDed;
// a trailing * keeps its prefix meaning.
func ftsQuery(q string) string {
	var terms []string
	for _, w := range strings.Fields(arabic.Fold(q)) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.Trim(w, `*"`)
		if w == "" {
			continue
		}
		t := `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	return strings.Join(terms, " ")
}
