package lexicon

import "unsafe"

// unsafeBytes views a string as bytes without copying; the matcher only reads.
func unsafeBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }
