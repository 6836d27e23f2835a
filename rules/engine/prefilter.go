package engine

import (
	"bytes"
	mathbits "math/bits"
	"slices"

	"github.com/envguard/envguard/rules/vocab"
)

// prefilter finds, in one pass, the lines on which each keyword occurs,
// ignoring ASCII case. It may report a keyword that a rule then does not
// match, but it never misses an occurrence.
//
// Each position's three lower-cased bytes are hashed into a small bitmap
// that fits in the L1 cache; only positions whose trigram may start some
// keyword are looked up in a table of the keywords sharing that hash and
// compared. With hundreds of keywords this is one pass instead of hundreds
// of bytes.Index passes, and it needs no dependency.
type prefilter struct {
	// bits3 indexes 3-byte keywords by their trigram, bits4 longer
	// keywords by four of their bytes: a 4-gram filter lets far fewer
	// positions of ordinary text through than a trigram one ("ing", "con"
	// start many keywords, "ingr" few).
	bits3, bits4 [1 << 16 / 64]uint64
	// tab3 and tab4 find the keywords filed under a hash whose bit is set.
	tab3, tab4 gramTable
	keywords   []string
	grams      []uint32 // gram of each keyword
	offs       []int    // where in the keyword its 4-gram starts
	rulesOf    [][]int  // keyword index -> rule indexes
	kwOf       [][]int  // rule index -> keyword indexes
}

// gramTable lists the keywords sharing each hash of a bitmap without a
// 64K-entry table: a hash's bucket is its rank among the set bits (the
// set bits of the words before it, plus those below it in its word), so
// the tables cost a few KiB to build instead of 256 KiB of fresh memory
// on every start.
type gramTable struct {
	rank   [1 << 16 / 64]uint16 // set bits in the words before each word
	starts []int32              // bucket b is kws[starts[b]:starts[b+1]]
	kws    []int32
}

// bucket returns the keywords filed under hash h, whose bit in bits is set.
func (g *gramTable) bucket(bits *[1 << 16 / 64]uint64, h uint32) []int32 {
	w := h / 64
	b := int(g.rank[w]) + mathbits.OnesCount64(bits[w]&(1<<(h%64)-1))
	return g.kws[g.starts[b]:g.starts[b+1]]
}

// build files each keyword of filed (hash<<32 | keyword index, in the
// order keywords were added) under its hash and sets its bit.
func (g *gramTable) build(bits *[1 << 16 / 64]uint64, filed []uint64) {
	// Keyword indexes are unique, so ordering by them too keeps each
	// bucket in the order its keywords were added, without a stable sort;
	// packed in one integer, the sort needs no comparison function.
	slices.Sort(filed)
	for _, f := range filed {
		h := f >> 32
		bits[h/64] |= 1 << (h % 64)
	}
	n := 0
	for w := range bits {
		g.rank[w] = uint16(n)
		n += mathbits.OnesCount64(bits[w])
	}
	g.starts = make([]int32, 0, n+1)
	g.kws = make([]int32, len(filed))
	for i, f := range filed {
		if i == 0 || f>>32 != filed[i-1]>>32 {
			g.starts = append(g.starts, int32(i))
		}
		g.kws[i] = int32(uint32(f))
	}
	g.starts = append(g.starts, int32(len(filed)))
}

func trigram(a, b, c byte) uint32 { return uint32(a)<<16 | uint32(b)<<8 | uint32(c) }

func triHash(t uint32) uint32 { return (t * 2654435761) >> 16 }

func quadHash(t uint32) uint32 { return (t * 2246822519) >> 16 }

// gram returns the first three or four bytes of kw as one integer.
func gram(kw string) uint32 {
	t := trigram(kw[0], kw[1], kw[2])
	if len(kw) >= 4 {
		t = t<<8 | uint32(kw[3])
	}
	return t
}

// newPrefilter takes, for each rule, its keywords (lower-case, at least 3
// bytes long) and dedupes them across rules.
func newPrefilter(ruleKeywords [][]string) *prefilter {
	refs := 0
	for _, kws := range ruleKeywords {
		refs += len(kws)
	}
	p := &prefilter{kwOf: make([][]int, len(ruleKeywords))}
	p.keywords = make([]string, 0, refs)
	p.grams = make([]uint32, 0, refs)
	p.offs = make([]int, 0, refs)
	index := make(map[string]int, refs)
	filed3 := make([]uint64, 0, refs/8)
	filed4 := make([]uint64, 0, refs)
	// Each rule's keyword indexes share one array, and so do each
	// keyword's rule indexes, counted first: thousands of small slices
	// were most of the start-up cost of the full catalog.
	kwFlat := make([]int, 0, refs)
	count := make([]int32, 0, refs) // rules per keyword
	for ri, kws := range ruleKeywords {
		start := len(kwFlat)
		for _, k := range kws {
			ki, ok := index[k]
			if !ok {
				ki = len(p.keywords)
				index[k] = ki
				p.keywords = append(p.keywords, k)
				off := rareOffset(k)
				g := gram(k[off:])
				p.grams = append(p.grams, g)
				p.offs = append(p.offs, off)
				count = append(count, 0)
				if len(k) == 3 {
					filed3 = append(filed3, uint64(triHash(g))<<32|uint64(ki))
				} else {
					filed4 = append(filed4, uint64(quadHash(g))<<32|uint64(ki))
				}
			}
			if !containsInt(kwFlat[start:], ki) {
				kwFlat = append(kwFlat, ki)
				count[ki]++
			}
		}
		p.kwOf[ri] = kwFlat[start:len(kwFlat):len(kwFlat)]
	}
	p.rulesOf = make([][]int, len(p.keywords))
	rulesFlat := make([]int, len(kwFlat))
	at := 0
	for ki, n := range count {
		p.rulesOf[ki] = rulesFlat[at : at : at+int(n)]
		at += int(n)
	}
	for ri, kis := range p.kwOf {
		for _, ki := range kis {
			p.rulesOf[ki] = append(p.rulesOf[ki], ri)
		}
	}
	p.tab3.build(&p.bits3, filed3)
	p.tab4.build(&p.bits4, filed4)
	return p
}

// hits is the result of one scan: for each keyword, the ascending start
// offsets of the lines on which it occurs (each line once).
type hits struct {
	lines [][]int
	merge []int // scratch for rules with several keywords
	// pos holds, for each keyword, where each of its occurrences starts
	// (ascending) on long lines (and on its last line, whose length is
	// not known yet): the rules that search a long line in windows find
	// them here rather than searching the line again.
	pos [][]int
	// edges is the bitmap of the long line searched last in windows.
	edges lineEdges
	// span is Set.match's scratch: where each rule's candidates are.
	span [][2]int
	// hit lists the keywords with lines, in the order first found; cand
	// is Set.match's scratch list of the rules to run.
	hit, cand []int
	// whole holds the multi-line rules' keywords over all of the data
	// when the main scan looked only within spans.
	whole *hits
}

// scan finds the lines on which each keyword occurs in data. h is reused
// scratch space from an earlier scan (or a fresh value).
func (p *prefilter) scan(data []byte, h *hits) {
	p.reset(h)
	p.scanRange(data, 0, len(data), h)
}

// scanSpans is like scan but looks only within spans, sorted disjoint
// ranges [start, end) of whole lines of data; offsets stay those of data.
func (p *prefilter) scanSpans(data []byte, spans [][2]int, h *hits) {
	p.reset(h)
	for _, sp := range spans {
		p.scanRange(data, sp[0], min(sp[1], len(data)), h)
	}
}

// reset empties h for a new scan.
func (p *prefilter) reset(h *hits) {
	h.edges.at = -1 // the bitmap is of a line of the last data
	if len(h.lines) != len(p.keywords) {
		h.lines, h.pos, h.hit = make([][]int, len(p.keywords)), make([][]int, len(p.keywords)), h.hit[:0]
		return
	}
	for _, ki := range h.hit { // only the keywords found have lines
		h.lines[ki], h.pos[ki] = h.lines[ki][:0], h.pos[ki][:0]
	}
	h.hit = h.hit[:0]
}

// scanRange records the keywords that occur within data[from:to], where
// from is the start of a line.
func (p *prefilter) scanRange(data []byte, from, to int, h *hits) {
	if len(p.keywords) == 0 || to-from < 3 {
		return
	}
	r := lineRecorder{h: h, ls: from, known: from}
	bits3, bits4 := &p.bits3, &p.bits4
	t := uint32(vocab.LowerByte(data[from]))<<8 | uint32(vocab.LowerByte(data[from+1]))
	for i := from + 2; i < to; i++ {
		t = t<<8 | uint32(vocab.LowerByte(data[i]))
		// The 4-gram starts one byte before the trigram: check it first so
		// that positions are recorded in ascending order.
		if h := quadHash(t); bits4[h/64]&(1<<(h%64)) != 0 && i >= from+3 {
			p.check(data, h, t, i-3, &r, h4)
		}
		if h := triHash(t & 0xffffff); bits3[h/64]&(1<<(h%64)) != 0 {
			p.check(data, h, t&0xffffff, i-2, &r, h3)
		}
	}
}

// rareOffset picks where in a keyword of 4 or more bytes the 4 bytes that
// file it start: the ones least likely in ordinary text (digits and
// punctuation over rare letters over common ones), so that "client_secret"
// is looked for at "t_se" rather than at the common "clie".
func rareOffset(k string) int {
	if len(k) <= 4 {
		return 0
	}
	best, bestScore := 0, 1<<30
	score := 0
	for i := 0; i < len(k); i++ {
		score += int(commonness[k[i]])
		if i >= 4 {
			score -= int(commonness[k[i-4]])
		}
		if i >= 3 && score < bestScore {
			best, bestScore = i-3, score
		}
	}
	return best
}

// commonness scores how common a keyword byte is in text: the commonest
// lower-case letters 3, other lower-case letters 2, a blank, '/' or '.'
// 1, anything else 0.
var commonness = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 2
	}
	for _, c := range "etaoinsrhlcdu" {
		t[c] = 3
	}
	t[' '], t['/'], t['.'] = 1, 1, 1
	return t
}()

// Which gram table a hash refers to.
const (
	h3 = iota
	h4
)

// lineRecorder tracks the start of the current line while scan moves on:
// the line start of every offset before known is ls.
type lineRecorder struct {
	h         *hits
	ls, known int
}

// check compares the keywords filed under hash h with data at start and
// records the line of each that occurs there.
func (p *prefilter) check(data []byte, h, g uint32, start int, r *lineRecorder, table int) {
	var bucket []int32
	if table == h4 {
		bucket = p.tab4.bucket(&p.bits4, h)
	} else {
		bucket = p.tab3.bucket(&p.bits3, h)
	}
	for _, ki := range bucket {
		// The keyword starts offs[ki] bytes before its filed 4 bytes; it
		// holds no line break, so its line is the line of start.
		if p.grams[ki] != g || start < p.offs[ki] || !vocab.HasFoldAt(data, start-p.offs[ki], p.keywords[ki]) {
			continue
		}
		if j := bytes.LastIndexByte(data[r.known:start], '\n'); j >= 0 {
			r.ls = r.known + j + 1
		}
		r.known = start
		ps := r.h.pos[ki]
		if l := r.h.lines[ki]; len(l) == 0 || l[len(l)-1] != r.ls {
			if len(l) == 0 {
				r.h.hit = append(r.h.hit, int(ki))
			} else if prev := l[len(l)-1]; r.ls-prev-1 <= longLine {
				// The keyword's last line was not a long one: only long
				// lines are searched by position, so its positions go.
				for len(ps) > 0 && ps[len(ps)-1] >= prev {
					ps = ps[:len(ps)-1]
				}
			}
			r.h.lines[ki] = append(l, r.ls)
		}
		r.h.pos[ki] = append(ps, start-p.offs[ki])
	}
}

// ruleLines returns the ascending distinct line starts on which one of
// rule ri's keywords occurs. The slice is valid until the next call.
func (p *prefilter) ruleLines(ri int, h *hits) []int {
	kws := p.kwOf[ri]
	switch len(kws) {
	case 0:
		return nil
	case 1:
		return h.lines[kws[0]]
	}
	h.merge = h.merge[:0]
	for _, ki := range kws {
		h.merge = append(h.merge, h.lines[ki]...)
	}
	if len(h.merge) < 2 {
		return h.merge
	}
	slices.Sort(h.merge)
	out := h.merge[:1]
	for _, v := range h.merge[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
