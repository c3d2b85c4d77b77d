package reader

import (
	"strings"
	"testing"
)

func TestReadJSONObject(t *testing.T) {
	in := `{"ID": "j1", "Title": "T", "TEXT": "A guard was shot in Sirte.", "published": "2024-02-03T10:00:00Z",
	"source": "S", "url": "https://e.example/j1", "lang": "en-GB", "events": [{"category": "killing"}], "notes": "ignored"}`
	r := only(t, ReadJSON(strings.NewReader(in), "one.json", Options{}))
	if r.ID != "j1" || r.Title != "T" || r.Text != "A guard was shot in Sirte." || r.Source != "S" ||
		r.URL != "https://e.example/j1" || r.Lang != "en" || r.PublishedString() != "2024-02-03" || r.Origin != "one.json" {
		t.Errorf("got %+v", r)
	}
}

func TestReadJSONAliases(t *testing.T) {
	for _, in := range []string{
		`{"body": "Body text.", "date": "2024-02-03"}`,
		`{"content": "Body text.", "date": "2024-02-03"}`,
		`{"text": "", "body": "Body text.", "published": "", "date": "2024-02-03"}`,
	} {
		r := only(t, ReadJSON(strings.NewReader(in), "a.json", Options{}))
		if r.Text != "Body text." || r.PublishedString() != "2024-02-03" {
			t.Errorf("%s: got text %q date %q", in, r.Text, r.PublishedString())
		}
	}
}

func TestReadJSONNumericID(t *testing.T) {
	r := only(t, ReadJSON(strings.NewReader(`{"id": 12, "text": "x y z"}`), "a.json", Options{}))
	if r.ID != "12" {
		t.Errorf("ID = %q, want 12", r.ID)
	}
	items := collect(ReadJSON(strings.NewReader(`{"id": {"x": 1}, "text": "x y z"}`), "a.json", Options{}))
	checkErr(t, items[0].err, "a.json", 1, ErrSyntax, "id")
}

func TestReadJSONArrayLines(t *testing.T) {
	in := "[\n" +
		`  {"id": "a", "text": "first"},` + "\n" +
		"\n" +
		`  {"id": "b",` + "\n" +
		`   "text": "second"}, {"id": "c", "text": "third"},` + "\n" +
		`  "not an object",` + "\n" +
		`  {"id": "d", "text": 5},` + "\n" +
		`  {"id": "e", "text": "fifth"}` + "\n" +
		"]\n"
	items := collect(ReadJSON(strings.NewReader(in), "many.json", Options{}))
	if len(items) != 6 {
		t.Fatalf("got %d items, want 6", len(items))
	}
	for i, want := range []struct{ id, origin string }{{"a", "many.json:2"}, {"b", "many.json:4"}, {"c", "many.json:5"}} {
		if items[i].err != nil || items[i].r.ID != want.id || items[i].r.Origin != want.origin {
			t.Errorf("item %d = %+v, %v; want id %s at %s", i, items[i].r, items[i].err, want.id, want.origin)
		}
	}
	checkErr(t, items[3].err, "many.json", 6, ErrSyntax, "element 4", "not a JSON object")
	checkErr(t, items[4].err, "many.json", 7, ErrSyntax, `field "text"`, "number")
	if items[5].err != nil || items[5].r.ID != "e" || items[5].r.Origin != "many.json:8" {
		t.Errorf("last item = %+v, %v", items[5].r, items[5].err)
	}
}

func TestReadJSONErrors(t *testing.T) {
	checkErrCases(t, "bad.json", ReadJSON, []errCase{
		{"no text", `{"id": "x", "title": "only a title"}`, 0, ErrNoText, []string{"no text"}, 0},
		{"empty array", "[\n]\n", 0, ErrNoReports, []string{"array is empty"}, 0},
		{"scalar", "\n\n42\n", 3, ErrSyntax, []string{"object or an array"}, 0},
		{"truncated object", "{\n\"id\": \"x\",\n\"text\": \"cut", 3, ErrSyntax, []string{"truncated JSON", "file ends"}, 0},
		{"truncated array", "[\n{\"text\": \"fine\"},\n{\"text\": \"cut", 3, ErrSyntax, []string{"truncated JSON"}, 1},
		{"syntax error in array", "[\n{\"text\": \"fine\"},\n{\"text\": x}\n]", 3, ErrSyntax, []string{"malformed JSON", "invalid character"}, 1},
		{"syntax error in object", "{\n\"text\": \"a\",\n,\n}", 3, ErrSyntax, []string{"malformed JSON"}, 0},
		{"trailing data", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n", 2, ErrSyntax, []string{"malformed JSON"}, 0},
		{"empty", "", 0, ErrEmpty, []string{"empty file"}, 0},
	})
}
