package places

import (
	"bytes"
	"sort"
)

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
	// a linked trie first: node i's children, unsorted
	type node struct {
		labels []byte
		kids   []int32
		pat    int32
	}
	nodes := []node{{}}
	for id, k := range keys {
		n := int32(0)
		for i := 0; i < len(k); i++ {
			j := bytes.IndexByte(nodes[n].labels, k[i])
			if j < 0 {
				nodes = append(nodes, node{})
				j = len(nodes[n].labels)
				nodes[n].labels = append(nodes[n].labels, k[i])
				nodes[n].kids = append(nodes[n].kids, int32(len(nodes)-1))
			}
			n = nodes[n].kids[j]
		}
		nodes[n].pat = int32(id + 1)
	}
	// then numbered breadth first, children by label, in flat arrays
	t := &trie{first: make([]int32, 0, len(nodes)+1), labels: make([]byte, 0, len(nodes)),
		kids: make([]int32, 0, len(nodes)), pat: make([]int32, 0, len(nodes))}
	order := []int32{0}
	for q := 0; q < len(order); q++ {
		nd := &nodes[order[q]]
		sort.Sort(byLabel{nd.labels, nd.kids})
		t.first = append(t.first, int32(len(t.labels)))
		t.pat = append(t.pat, nd.pat)
		for j, c := range nd.labels {
			t.labels = append(t.labels, c)
			// the child's number is its place in the breadth-first order
			t.kids = append(t.kids, int32(len(order)))
			order = append(order, nd.kids[j])
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

type byLabel struct {
	labels []byte
	kids   []int32
}

func (b byLabel) Len() int           { return len(b.labels) }
func (b byLabel) Less(i, j int) bool { return b.labels[i] < b.labels[j] }
func (b byLabel) Swap(i, j int) {
	b.labels[i], b.labels[j] = b.labels[j], b.labels[i]
	b.kids[i], b.kids[j] = b.kids[j], b.kids[i]
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
