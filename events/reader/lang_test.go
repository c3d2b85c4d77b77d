package reader

import (
	"strings"
	"testing"
)

func TestDetectLang(t *testing.T) {
	tests := []struct{ text, want string }{
		{"قتل مسلحون حارسا في سرت", "ar"},
		{"Gunmen killed a guard in Sirte", "en"},
		{"قالت وكالة Reuters إن مسلحين من كتيبة 444 قتلوا حارسا في سرت يوم الثلاثاء", "ar"},
		{"قال مصدر لـ BBC Arabic إن مسلحين فروا", "ar"},            // 21 Arabic letters of 30
		{"قال مصدر لـ BBC News Arabic و Al Jazeera English", "en"}, // 10 of 39: mostly Latin
		{"قال مسؤول في Tripoli Central Hospital إن الجثة", "ar"},   // 17 of 39: an Arabic report quoting a name
		{"The word for martyr, شهيد, appears in the statement issued by the group on Tuesday", "en"},
		{"Gunmen killed a guard in Sirte, witnesses said, and fled towards the coast road. قتل", "en"},
		{"ﻗﺘﻞ ﻣﺴﻠﺤﻮﻥ ﺣﺎﺭﺳﺎ", "ar"}, // presentation forms, as legacy PDFs give them
		{"12345 - 2024/03/05 !!", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.text); got != tt.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	// Only the opening counts: a long Arabic report with an English
	// appendix is Arabic.
	long := strings.Repeat("قتل مسلحون حارسا في سرت ", 2000) + strings.Repeat("English appendix text ", 5000)
	if got := DetectLang(long); got != "ar" {
		t.Errorf("long report: %q", got)
	}
}

func TestNormLang(t *testing.T) {
	for in, want := range map[string]string{
		"ar": "ar", "AR": "ar", "ar-LY": "ar", "ar_EG": "ar", "Arabic": "ar", "العربية": "ar",
		"en": "en", "en-GB": "en", "English": "en", " eng ": "en", "fr": "fr", "": "",
	} {
		if got := normLang(in); got != want {
			t.Errorf("normLang(%q) = %q, want %q", in, got, want)
		}
	}
}
