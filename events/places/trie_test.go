package places

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTrieWalk checks walks against a plain search: every key that starts
// at each position, for key sets of each script, with text bytes of the
// other script, separators and breaks among them.
func TestTrieWalk(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	scripts := map[string][]byte{
		"arabic": {1, 2, 3, 7, 19, 28, 29, keySep},
		"latin":  {'a', 'b', 'l', 'm', 'z', keySep},
	}
	noise := []byte{keyBreak, keyDigit, 4, 'c', 1, 'a'}
	for name, alphabet := range scripts {
		letters := alphabet[:len(alphabet)-1]
		var keys []string
		seen := map[string]bool{}
		for len(keys) < 300 {
			k := []byte{letters[rng.IntN(len(letters))]}
			for range rng.IntN(6) {
				k = append(k, alphabet[rng.IntN(len(alphabet))])
			}
			if k[len(k)-1] == keySep || seen[string(k)] {
				continue
			}
			seen[string(k)] = true
			keys = append(keys, string(k))
		}
		tr := newTrie(keys)
		ids := map[string]int{}
		for id, k := range keys {
			ids[k] = id
		}
		if len(tr.dense) == 0 {
			t.Fatalf("%s: no dense rows", name)
		}
		all := append(slices.Clone(alphabet), noise...)
		text := make([]byte, 5000)
		for i := range text {
			text[i] = all[rng.IntN(len(all))]
		}
		for s := range text {
			got := tr.walk(text, s, nil)
			var want []keyMatch
			for e := s + 1; e <= min(len(text), s+7); e++ { // keys have at most 7 bytes
				if id, ok := ids[string(text[s:e])]; ok {
					want = append(want, keyMatch{s, e, id})
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%s: walk at %d = %v, want %v", name, s, got, want)
			}
		}
	}
}
