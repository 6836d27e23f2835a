package engine

import (
	"errors"
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"
)

// quadraticOverlaps is the former resolution, every pair compared: the
// reference the sweep must agree with.
func quadraticOverlaps(ms []Match) []Match {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	keep := make([]bool, len(ms))
	for i := range ms {
		keep[i] = true
	}
	for i := range ms {
		for j := range ms {
			if i == j || !keep[j] || !overlaps(ms[i], ms[j]) {
				continue
			}
			if shadows(ms[j], ms[i], j < i) {
				keep[i] = false
				break
			}
		}
	}
	var out []Match
	for i, m := range ms {
		if keep[i] {
			out = append(out, m)
		}
	}
	return out
}

func TestResolveOverlapsAgreesWithPairwise(t *testing.T) {
	rs := []Rule{
		{ID: "spec-a"}, {ID: "spec-b", Provider: "p"}, {ID: "spec-c", Provider: "p"},
		{ID: "gen-a", Generic: true}, {ID: "gen-b", Generic: true},
	}
	reasons := []string{"", "", "placeholder", rejectedValidation + "bad checksum", notFormat + "not base64"}
	rnd := rand.New(rand.NewSource(11))
	for round := 0; round < 2000; round++ {
		var ms []Match
		// One rule's own matches never overlap: give each rule its lane.
		for ri := range rs {
			pos := rnd.Intn(5)
			for n := rnd.Intn(4); n > 0; n-- {
				l := 1 + rnd.Intn(8)
				ms = append(ms, Match{Rule: &rs[ri], Start: pos, End: pos + l, MatchStart: pos - rnd.Intn(3), MatchEnd: pos + l,
					Rejected: reasons[rnd.Intn(len(reasons))], pinned: rnd.Intn(2) == 0, Name: "n"})
				pos += l + rnd.Intn(4)
			}
		}
		want := fmt.Sprint(quadraticOverlaps(append([]Match(nil), ms...)))
		got := fmt.Sprint(resolveOverlaps(append([]Match(nil), ms...)))
		if got != want {
			t.Fatalf("round %d: sweep\n%s\npairwise\n%s", round, got, want)
		}
	}
}

// manyMatches is n lines, each a token a specific rule recognises but
// whose check fails (a bad checksum) and that a generic rule also sees.
func manyMatches(n int) (*Set, []byte) {
	set := MustCompile([]Rule{
		{ID: "tok", Keywords: []string{"tok_"}, Regex: `(tok_[a-z0-9]{20})`, Check: func(string) error { return errors.New("bad checksum") }},
		{ID: "gen", Keywords: []string{"key"}, Regex: `key = (\S{8,})`, Generic: true},
	})
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "key = tok_%020d\n", i)
	}
	return set, []byte(b.String())
}

// TestOverlapsScale: 100,000 overlapping candidates in one file resolve
// (issue 11: 80,000 took 33 s when every pair was compared).
func TestOverlapsScale(t *testing.T) {
	set, data := manyMatches(100000)
	n := 0
	set.MatchAll(data, func(m Match) { n++ })
	if n != 100000 {
		t.Errorf("%d candidates delivered, want the 100000 rejected tokens", n)
	}
}

// BenchmarkOverlaps100k matches a file with 100,000 pairs of overlapping
// candidates.
func BenchmarkOverlaps100k(b *testing.B) {
	set, data := manyMatches(100000)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		set.Match(data, func(Match) {})
	}
}
