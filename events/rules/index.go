package rules

import (
	"sort"

	"rasd/events/lexicon"
)

// The coder looks around each trigger — its clause, its sentence — for
// cues, people, numbers and weapons. Each lexicon's matches are in text
// order and never overlap, so their starts and ends both grow: the ones
// near a trigger are found by binary search, and the work per trigger does
// not grow with the report.

// overlapping returns the matches of ms that overlap the byte range
// [a, b): every match a rule looking inside [a, b) may need.
func overlapping(ms []lexicon.Match, a, b int) []lexicon.Match {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > a })
	j := i + sort.Search(len(ms)-i, func(k int) bool { return ms[i+k].Start >= b })
	return ms[i:j]
}

// startingFrom returns the matches of ms that start at or after byte a.
func startingFrom(ms []lexicon.Match, a int) []lexicon.Match {
	return ms[sort.Search(len(ms), func(i int) bool { return ms[i].Start >= a }):]
}

// endingBy returns the matches of ms that end at or before byte b.
func endingBy(ms []lexicon.Match, b int) []lexicon.Match {
	return ms[:sort.Search(len(ms), func(i int) bool { return ms[i].End > b })]
}

// maxBlockSentences and maxBlockWords bound a paragraph for the rules that
// read "the same paragraph" (an incident told on, the place named earlier
// in it). Real paragraphs are far smaller (at most 17 sentences and about
// 400 words in rasd's real corpora); a text with no line breaks is read as
// blocks this size, so those rules look back a bounded way.
const (
	maxBlockSentences = 50
	maxBlockWords     = 1000
)

// setBlocks numbers the sentences' blocks: a new block at every paragraph,
// and inside one when the block would grow past its bounds.
func (d *doc) setBlocks() {
	ss := d.sentences
	block, n, words := 0, 0, 0
	for i := range ss {
		w := int(d.words[ss[i].end] - d.words[ss[i].start])
		if i > 0 && (ss[i].para != ss[i-1].para || n == maxBlockSentences || words+w > maxBlockWords) {
			block++
			n, words = 0, 0
		}
		ss[i].block = block
		n++
		words += w
	}
}
