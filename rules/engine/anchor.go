package engine

import (
	"bytes"
	"strings"

	"github.com/envguard/envguard/rules/vocab"
)

// anchorFilter answers "does one of a few keywords occur in data?",
// ignoring ASCII case, for the small keyword sets of [Set.MultilineFilter]
// and [Set.BinaryFilter]. Each keyword is filed under its rarest byte (its
// anchor); the data is searched for each anchor with bytes.IndexByte
// (vectorised, many GB/s) in both cases, and only those positions are
// compared. The keyword sets share few anchors (the private-key keywords
// all end in "key"), so this reads data a handful of times at memory
// speed, where the byte-by-byte prefilter costs about 2 ns a byte: a
// megabyte of binary content is decided in well under a millisecond.
type anchorFilter struct {
	anchors []anchorGroup
}

// anchorGroup is one anchor byte (lower case) and the keywords filed
// under it, with the anchor's offset in each.
type anchorGroup struct {
	b    byte
	kws  []string
	offs []int
}

// maxAnchorKeywords bounds the sets an anchorFilter serves: beyond it the
// passes over the data would cost more than the prefilter's one pass.
const maxAnchorKeywords = 32

// newAnchorFilter builds the filter for keywords (lower case, non-empty);
// ok is false when there are too many to be worth it.
func newAnchorFilter(keywords []string) (*anchorFilter, bool) {
	if len(keywords) > maxAnchorKeywords {
		return nil, false
	}
	f := &anchorFilter{}
	// Prefer an anchor an earlier keyword already uses, so that keywords
	// sharing a rare byte share the passes over the data.
	for _, kw := range keywords {
		if kw == "" {
			return nil, false
		}
		best, bestScore := 0, 1<<30
		for i := 0; i < len(kw); i++ {
			score := byteCommonness(kw[i])
			if f.group(kw[i]) != nil {
				score /= 4
			}
			if score < bestScore {
				best, bestScore = i, score
			}
		}
		g := f.group(kw[best])
		if g == nil {
			f.anchors = append(f.anchors, anchorGroup{b: kw[best]})
			g = &f.anchors[len(f.anchors)-1]
		}
		g.kws, g.offs = append(g.kws, kw), append(g.offs, best)
	}
	return f, true
}

// group returns the group of anchor b, or nil.
func (f *anchorFilter) group(b byte) *anchorGroup {
	for i := range f.anchors {
		if f.anchors[i].b == b {
			return &f.anchors[i]
		}
	}
	return nil
}

// any reports whether one of the keywords occurs in data.
func (f *anchorFilter) any(data []byte) bool {
	for i := range f.anchors {
		g := &f.anchors[i]
		if g.find(data, g.b) {
			return true
		}
		if up := g.b - 'a' + 'A'; g.b >= 'a' && g.b <= 'z' && g.find(data, up) {
			return true
		}
	}
	return false
}

// find reports whether a keyword of g occurs in data with its anchor
// written as b.
func (g *anchorGroup) find(data []byte, b byte) bool {
	for from := 0; ; {
		j := bytes.IndexByte(data[from:], b)
		if j < 0 {
			return false
		}
		at := from + j
		for k, kw := range g.kws {
			if s := at - g.offs[k]; s >= 0 && vocab.HasFoldAt(data, s, kw) {
				return true
			}
		}
		from = at + 1
	}
}

// byteCommonness ranks how often a byte occurs in source code and prose
// (lower is rarer): letters by their usual frequency, then the common
// punctuation, then everything else (digits and rare punctuation are the
// best anchors).
func byteCommonness(c byte) int {
	const letters = "etaoinsrhldcumfpgwybvkxjqz" // most to least common
	if i := strings.IndexByte(letters, vocab.LowerByte(c)); i >= 0 {
		return 100 - 3*i
	}
	switch c {
	case ' ', '\t', '\n', '_', '.', ',', '(', ')', '"', '\'', '=', '-', '/', ':':
		return 60
	}
	return 10
}
