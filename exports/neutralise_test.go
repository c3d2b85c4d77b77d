package exports

import "testing"

func TestNeutralise(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1":             "'=1+1",
		"+44 20":           "'+44 20",
		"-cmd":             "'-cmd",
		"@SUM(A1)":         "'@SUM(A1)",
		"\tx":              "'\tx",
		"\rx":              "'\rx",
		"":                 "",
		"Civilians (Mali)": "Civilians (Mali)",
		"a=b":              "a=b",
		"'already":         "'already",
		"طرابلس":           "طرابلس",
		"\nline":           "\nline",
	} {
		if got := neutralise(in); got != want {
			t.Errorf("neutralise(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRightToLeft(t *testing.T) {
	for in, want := range map[string]bool{
		"طرابلس":                      true,
		"بغداد - الكرادة":             true,
		"'=طرابلس":                    true, // neutralised Arabic is still Arabic
		"2024 قتل":                    true, // digits are not letters
		"Tripoli":                     false,
		"Libya Observer; الوسط":       false, // first letter decides
		"Éric":                        false,
		"":                            false,
		"123":                         false,
		"ﻃﺮاﺑﻠﺲ (presentation forms)": true,
	} {
		if got := rightToLeft(in); got != want {
			t.Errorf("rightToLeft(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestExcelDate(t *testing.T) {
	for in, want := range map[string]int64{"2024-05-13": 45425, "1900-03-01": 61, "2024-02-29": 45351, "1970-01-01": 25569} {
		if got, ok := excelDate(in); !ok || got != want {
			t.Errorf("excelDate(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "2024-02-30", "2023-02-29", "2024-13-01", "2024/05/13", "24-05-13", "1900-02-28", "2024-05-1x"} {
		if got, ok := excelDate(in); ok {
			t.Errorf("excelDate(%q) = %d, want not a date", in, got)
		}
	}
}
