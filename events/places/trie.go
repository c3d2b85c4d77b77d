package places

import "sort"

// trie holds the name keys of one script for walks that start where a
// name may begin: at a word start, or after an Arabic proclitic. An
// Aho-Corasick automaton follows every byte of the text and sits, most of
// the time, in deep states spread over megabytes of transition rows; a
// walk from a word start leaves the shallow, cached nodes only when the
// word really begins like a name. Nodes are numbered breadth first, and
// the children of node n are labels[first[n]:first[n+1]] (key bytes) with
// the nodes kids[first[n]:first[n+1]].
type trie struct {
	first  []int32
	labels []byte
	kids   []int32
	pat    []int32 // node → pattern id + 1; 0 where no key ends
	// The first levels, where nodes have many children, also have dense
	// rows: dense[n][b&31] is the child of node n < len(dense) on byte b
	// (0: none; the root is no one's child). Keys of one script use at
	// most 31 bytes, distinct in their low five bits; in[b] says whether
	// any key has byte b, so a byte of the other script ends a walk.
	dense [][32]int32
	in    [256]bool
}

// denseDepth is how many levels of the trie get dense rows: the root and
// its children, about 30 rows per script.
const denseDepth = 2

// newTrie builds a trie of keys; a key's pattern id is its index.
func newTrie(keys []string) *trie {
	// In key order, a key shares with the trie built so far at most the
	// path of the previous key, and every new child is its parent's
	// largest so far: a linked trie (first child, next sibling) grows
	// without searching, its children already sorted.
	order := make([]int32, len(keys))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return keys[order[i]] < keys[order[j]] })
	var (
		label                     = []byte{0}
		child, sibling, last, pat = []int32{0}, []int32{0}, []int32{0}, []int32{0}
		path                      []int32 // the nodes of the previous key, by depth
		prev                      string
	)
	for _, id := range order {
		k := keys[id]
		common := 0
		for common < len(k) && common < len(prev) && k[common] == prev[common] {
			common++
		}
		path = path[:common]
		n := int32(0)
		if common > 0 {
			n = path[common-1]
		}
		for i := common; i < len(k); i++ {
			c := int32(len(label))
			label, pat = append(label, k[i]), append(pat, 0)
			child, sibling, last = append(child, 0), append(sibling, 0), append(last, 0)
			if last[n] == 0 {
				child[n] = c
			} else {
				sibling[last[n]] = c
			}
			last[n] = c
			n = c
			path = append(path, n)
		}
		if len(k) > 0 {
			pat[n] = id + 1
		}
		prev = k
	}
	// then numbered breadth first, in flat arrays
	t := &trie{first: make([]int32, 0, len(label)+1), labels: make([]byte, 0, len(label)),
		kids: make([]int32, 0, len(label)), pat: make([]int32, 0, len(label))}
	bfs := []int32{0}
	for q := 0; q < len(bfs); q++ {
		n := bfs[q]
		t.first = append(t.first, int32(len(t.labels)))
		t.pat = append(t.pat, pat[n])
		for c := child[n]; c != 0; c = sibling[c] {
			t.labels = append(t.labels, label[c])
			// the child's number is its place in the breadth-first order
			t.kids = append(t.kids, int32(len(bfs)))
			bfs = append(bfs, c)
		}
	}
	t.first = append(t.first, int32(len(t.labels)))
	t.fillDense()
	return t
}

// fillDense makes the dense rows of the first levels, unless two bytes of
// the keys share their low five bits.
func (t *trie) fillDense() {
	var low [32]int
	for i := range low {
		low[i] = -1
	}
	for _, c := range t.labels {
		if low[c&31] >= 0 && low[c&31] != int(c) {
			return
		}
		low[c&31] = int(c)
		t.in[c] = true
	}
	// nodes are breadth first: the first levels are a prefix of them
	end, level := int32(1), 0
	for ; level < denseDepth && end < int32(len(t.pat)); level++ {
		end = t.kids[t.first[end]-1] + 1
	}
	t.dense = make([][32]int32, end)
	for n := range t.dense {
		for j := t.first[n]; j < t.first[n+1]; j++ {
			t.dense[n][t.labels[j]&31] = t.kids[j]
		}
	}
}

// keyMatch is a key found in a text: key bytes [s, e), pattern id.
type keyMatch struct{ s, e, id int }

// walk appends to out every key that starts at key[s].
func (t *trie) walk(key []byte, s int, out []keyMatch) []keyMatch {
	n := int32(0)
	for i := s; i < len(key); i++ {
		c := key[i]
		if int(n) < len(t.dense) {
			if n = t.dense[n][c&31]; n == 0 || !t.in[c] {
				break
			}
		} else {
			// labels are sorted, and few below the first levels
			j, hi := t.first[n], t.first[n+1]
			for j < hi && t.labels[j] < c {
				j++
			}
			if j == hi || t.labels[j] != c {
				break
			}
			n = t.kids[j]
		}
		if p := t.pat[n]; p != 0 {
			out = append(out, keyMatch{s, i + 1, int(p - 1)})
		}
	}
	return out
}
