package engine

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestAnchorFilterAgreesWithPrefilter: on random text and binary data
// with keywords planted in random case (and near misses), the anchor
// filter says yes exactly when the prefilter finds a keyword.
func TestAnchorFilterAgreesWithPrefilter(t *testing.T) {
	sets := [][]string{
		{"begin rsa private key", "begin private key", "putty-user-key-file-", "begin openssh private key"},
		{"machine", "[pypi", "[testpypi", "kind: secret", "index-servers", "kind: \"secret\""},
		{"abc", "x9z"},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, kws := range sets {
		af, ok := newAnchorFilter(kws)
		if !ok {
			t.Fatalf("%v: no anchor filter", kws)
		}
		var rules []Rule
		for i, k := range kws {
			rules = append(rules, Rule{ID: "r" + string(rune('a'+i)), Keywords: []string{k}, Regex: "x"})
		}
		set := MustCompile(rules)
		for n := 0; n < 3000; n++ {
			data := randomData(rng, kws)
			want := len(set.Candidates(data)) > 0
			if got := af.any(data); got != want {
				t.Fatalf("%v on %q: anchor filter %v, prefilter %v", kws, data, got, want)
			}
		}
	}
}

// randomData is text or binary with, often, a keyword or a keyword with
// one byte changed planted in random case.
func randomData(rng *rand.Rand, kws []string) []byte {
	n := rng.IntN(200)
	b := make([]byte, n)
	for i := range b {
		if rng.IntN(2) == 0 {
			b[i] = byte(rng.IntN(256))
		} else {
			const text = "etaoin shrdlu-[:\"\n"
			b[i] = text[rng.IntN(len(text))]
		}
	}
	if rng.IntN(3) > 0 {
		k := []byte(kws[rng.IntN(len(kws))])
		if rng.IntN(3) == 0 {
			k[rng.IntN(len(k))] ^= 1 // a near miss
		}
		for i := range k {
			if rng.IntN(2) == 0 {
				k[i] = []byte(strings.ToUpper(string(k[i])))[0]
			}
		}
		at := rng.IntN(len(b) + 1)
		b = append(b[:at], append(k, b[at:]...)...)
	}
	return b
}

// BenchmarkBinaryFilter decides a megabyte of random binary content, as a
// staged binary file is decided before any diff (issue 15).
func BenchmarkAnchorFilterBinary(b *testing.B) {
	af, _ := newAnchorFilter([]string{"begin rsa private key", "begin ec private key", "begin private key", "putty-user-key-file-"})
	rng := rand.New(rand.NewPCG(3, 4))
	data := make([]byte, 1<<20)
	for i := range data {
		data[i] = byte(rng.IntN(256))
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		af.any(data)
	}
}
