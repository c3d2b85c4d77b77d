package reader

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// arabicSentences are invented one-line reports. They use only letters that
// both Windows-1256 and ISO-8859-6 can encode, and ASCII digits.
var arabicSentences = []string{
	"قتل رجلان برصاص مسلحين مجهولين مساء الثلاثاء في طرابلس، بحسب مصدر أمني.",
	"أفادت مصادر محلية بأن مسلحين خطفوا موظفا في بلدية سبها صباح الأحد.",
	"نجا رئيس المجلس البلدي من محاولة اغتيال بعد انفجار عبوة ناسفة قرب سيارته في درنة.",
	"عثر سكان على جثة شاب مجهول الهوية قرب الطريق الساحلي غرب مصراتة يوم 12 مارس.",
	"هل اختطف الصحفي؟ قالت عائلته إنها فقدت الاتصال به منذ يومين؛ ولم تتبن أي جهة العملية.",
	"اغتيال ضابط في الكفرة.",
}

func encodeWith(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

var (
	utf16LE = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16BE = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
)

// TestDecodeArabicLegacy checks that every sentence survives a round trip
// through each legacy encoding, whichever table the heuristic has to pick.
func TestDecodeArabicLegacy(t *testing.T) {
	for _, cs := range []struct {
		name string
		enc  encoding.Encoding
	}{{"windows-1256", charmap.Windows1256}, {"iso-8859-6", charmap.ISO8859_6}} {
		for _, s := range arabicSentences {
			data := encodeWith(t, cs.enc, s)
			if bytes.Equal(data, []byte(s)) {
				t.Fatalf("%s: encoding did nothing", cs.name)
			}
			got, err := decode(data, "")
			if err != nil {
				t.Errorf("%s: decode %q: %v", cs.name, s, err)
				continue
			}
			if got != s {
				t.Errorf("%s: decode\n got %q\nwant %q", cs.name, got, s)
			}
		}
	}
}

// TestLegacyTablesDiffer guards the test above: were the two tables to read
// the sentences the same, the heuristic would be untested.
func TestLegacyTablesDiffer(t *testing.T) {
	for _, s := range arabicSentences[:5] {
		b := encodeWith(t, charmap.Windows1256, s)
		other, _ := charmap.ISO8859_6.NewDecoder().Bytes(b)
		if string(other) == s {
			t.Errorf("%q reads the same in both tables", s)
		}
	}
}

func TestDecode(t *testing.T) {
	const ar = "قتل رجلان في طرابلس"
	const en = "Gunmen killed two men in Tripoli."
	latin1, _ := charmap.ISO8859_1.NewEncoder().Bytes([]byte("Un café détruit à Benghazi: témoins évacués, père blessé, élèves à l'abri."))
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.IntN(256))
	}
	noNUL := bytes.ReplaceAll(random, []byte{0}, []byte{1})
	tests := []struct {
		name     string
		data     []byte
		declared string
		want     string
		kind     error
		msg      string
	}{
		{name: "utf-8", data: []byte(ar), want: ar},
		{name: "ascii", data: []byte(en), want: en},
		{name: "utf-8 with bom", data: append([]byte{0xEF, 0xBB, 0xBF}, ar...), want: ar},
		{name: "utf-16le with bom", data: encodeWith(t, utf16LE, ar), want: ar},
		{name: "utf-16be with bom", data: encodeWith(t, utf16BE, en), want: en},
		{name: "windows-1256", data: encodeWith(t, charmap.Windows1256, ar), want: ar},
		{name: "iso-8859-6", data: encodeWith(t, charmap.ISO8859_6, ar), want: ar},
		{name: "declared iso-8859-6", data: encodeWith(t, charmap.ISO8859_6, "حرب"), declared: "ISO-8859-6", want: "حرب"},
		{name: "declared utf-8 but windows-1256", data: encodeWith(t, charmap.Windows1256, ar), declared: "utf-8", want: ar},
		{name: "unknown declared label ignored", data: []byte(ar), declared: "x-nonsense", want: ar},
		{name: "latin-1", data: latin1, kind: ErrEncoding, msg: "convert it to UTF-8"},
		{name: "random bytes", data: random, kind: ErrBinary, msg: "is this a text file?"},
		{name: "control codes in utf-8", data: []byte("\x01\x02\x03 abc \x04\x05\x06 def"), kind: ErrBinary, msg: "offset 0"},
		{name: "random bytes without nul", data: noNUL, kind: ErrBinary, msg: "is this a text file?"},
		{name: "nul in text", data: []byte("abc\x00def"), kind: ErrBinary, msg: "offset 3"},
		{name: "one nul in long text", data: []byte(strings.Repeat("A long line of text. ", 100) + "\x00"), kind: ErrBinary, msg: "offset 2100"},
		{name: "few control codes are text", data: []byte(strings.Repeat("A long line of text. ", 100) + "\x01\x02"), want: strings.Repeat("A long line of text. ", 100) + "\x01\x02"},
		{name: "empty", data: nil, kind: ErrEmpty, msg: "empty file"},
		{name: "white space", data: []byte(" \n\t\r\n"), kind: ErrEmpty},
		{name: "bom only", data: []byte{0xEF, 0xBB, 0xBF}, kind: ErrEmpty},
		{name: "utf-16 bom only", data: []byte{0xFF, 0xFE}, kind: ErrEmpty},
		{name: "utf-16 odd length", data: append(encodeWith(t, utf16LE, en), 'x'), kind: ErrEncoding, msg: "cut short"},
		{name: "bad utf-8 after bom", data: []byte{0xEF, 0xBB, 0xBF, 'a', 0xFF}, kind: ErrEncoding},
		{name: "utf-16 without bom is binary", data: encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), en), kind: ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decode(tt.data, tt.declared)
			if tt.kind != nil {
				if !errors.Is(err, tt.kind) {
					t.Fatalf("decode: err %v, want %v", err, tt.kind)
				}
				if !strings.Contains(err.Error(), tt.msg) {
					t.Errorf("error %q does not mention %q", err, tt.msg)
				}
				return
			}
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if got != tt.want {
				t.Errorf("decode = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDecodeNamesGuess checks that an unreadable encoding is named when
// chardet can guess it, so the user knows what to convert from.
func TestDecodeNamesGuess(t *testing.T) {
	data, _ := charmap.ISO8859_1.NewEncoder().Bytes([]byte(strings.Repeat("Les témoins ont été évacués près de l'hôpital. ", 5)))
	_, err := decode(data, "")
	if err == nil || !strings.Contains(err.Error(), "iconv -f ") {
		t.Errorf("error %v names no encoding to convert from", err)
	}
}

// TestReadTextEncodings reads the same report in every encoding through the
// public reader: text, id and language must not depend on the encoding.
func TestReadTextEncodings(t *testing.T) {
	body := arabicSentences[0] + "\n" + arabicSentences[1]
	doc := "---\ntitle: خبر\npublished: 2024-03-05\n---\n" + body + "\n"
	want := only(t, ReadText(strings.NewReader(doc), "r.txt", Options{}))
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, doc...)},
		{"utf-16le", encodeWith(t, utf16LE, doc)},
		{"utf-16be", encodeWith(t, utf16BE, doc)},
		{"windows-1256", encodeWith(t, charmap.Windows1256, doc)},
		{"iso-8859-6", encodeWith(t, charmap.ISO8859_6, doc)},
		{"windows-1256 crlf", encodeWith(t, charmap.Windows1256, strings.ReplaceAll(doc, "\n", "\r\n"))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := only(t, ReadText(bytes.NewReader(tt.data), "r.txt", Options{}))
			if got.Text != body || got.Title != "خبر" || got.ID != want.ID || got.Lang != "ar" || got.PublishedString() != "2024-03-05" {
				t.Errorf("got %+v\nwant %+v", got, want)
			}
		})
	}
}

// TestArabicScore pins the rules decodeLegacy's choice rests on, one by one.
func TestArabicScore(t *testing.T) {
	tests := []struct {
		in    string
		score int
		share float64
	}{
		{"قتل", 3, 1},              // Arabic letters count
		{"قَتل", 3, 1},             // a vowel mark is Arabic but no letter
		{"قتل \uFFFD", -1, 0.75},   // an undefined code costs 4
		{"قتل \u0085", -1, 0.75},   // so does a C1 control code
		{"قتل é", 1, 0.75},         // a Latin-1 letter costs 2
		{"cafى", -4, 0},            // Arabic glued to Latin is no Arabic
		{"plain ASCII text", 0, 0}, // nothing to judge
	}
	for _, tt := range tests {
		score, share := arabicScore(tt.in)
		if score != tt.score || share != tt.share {
			t.Errorf("arabicScore(%q) = %d, %.2f; want %d, %.2f", tt.in, score, share, tt.score, tt.share)
		}
	}
}
