package engine

import (
	"slices"
	"strings"
	"testing"
)

// fuzzKeywords share trigrams and prefixes, overlap each other and
// include 3-byte ones, so that both prefilter tables are exercised.
var fuzzKeywords = []string{"key", "api_key", "apikey", "secret", "client_secret", "sec", "ecr", "token", "tok", "oke", "ghp_", "xox", "xoxb-", "aaa", "aaaa", "-----begin", "pass", "password", "sk_live_", "t_se"}

// naiveLines returns the ascending distinct line starts of the lines on
// which kw occurs in data, ignoring ASCII case.
func naiveLines(data []byte, kw string) []int {
	low := make([]byte, len(data))
	for i, c := range data {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	var out []int
	for off := 0; ; {
		i := strings.Index(string(low[off:]), kw)
		if i < 0 {
			return out
		}
		at := off + i
		ls := strings.LastIndexByte(string(data[:at]), '\n') + 1
		if len(out) == 0 || out[len(out)-1] != ls {
			out = append(out, ls)
		}
		off = at + 1
	}
}

// FuzzPrefilter compares the prefilter with a plain search, keyword by
// keyword: it must report exactly the lines on which each keyword occurs.
func FuzzPrefilter(f *testing.F) {
	for _, s := range []string{"", "ke", "key", "KEY", "xkey", "API_KEY=1\nclient_SECRET\n", "aaaaaa\naaa", "tokentok\ntOKe", "x\n-----BEGIN", "sk_live_t_se\n\n\nghp_", "\nkey\n"} {
		f.Add([]byte(s))
	}
	kws := make([][]string, len(fuzzKeywords))
	for i, k := range fuzzKeywords {
		kws[i] = []string{k}
	}
	p := newPrefilter(kws)
	f.Fuzz(func(t *testing.T, data []byte) {
		var h hits
		p.scan(data, &h)
		for ki, kw := range p.keywords {
			want := naiveLines(data, kw)
			if got := h.lines[ki]; !slices.Equal(got, want) && len(got)+len(want) > 0 {
				t.Fatalf("keyword %q: prefilter lines %v, plain search %v", kw, got, want)
			}
		}
	})
}
