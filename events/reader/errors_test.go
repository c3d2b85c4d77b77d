package reader

import (
	"errors"
	"testing"
)

func TestErrorFormat(t *testing.T) {
	base := errors.New("something is wrong")
	for _, tt := range []struct {
		e    *Error
		want string
	}{
		{&Error{Path: "a/b.jsonl", Line: 12, Err: base}, "a/b.jsonl:12: something is wrong"},
		{&Error{Path: "a/b.txt", Err: base}, "a/b.txt: something is wrong"},
	} {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if !errors.Is(tt.e, base) {
			t.Errorf("%v does not unwrap to its cause", tt.e)
		}
	}
}

func TestRecovered(t *testing.T) {
	f := func() (err error) {
		defer recovered("p.html", &err)
		panic("index out of range")
	}
	checkErr(t, f(), "p.html", 0, nil, "parser failed", "index out of range", "please report")
}
