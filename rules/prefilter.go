package rules

// prefilter finds, in one pass, which keywords occur in a text, ignoring
// ASCII case. It may report a keyword position that a rule then does not
// match, but it never misses an occurrence.
//
// Each position's three lower-cased bytes are hashed into a small bitmap
// that fits in the L1 cache; only positions whose trigram is the start of
// some keyword are checked against the keywords sharing that trigram. With
// hundreds of keywords this is one pass instead of hundreds of bytes.Index
// passes, and it needs no dependency.
type prefilter struct {
	bits     [1 << 16 / 64]uint64
	byTri    map[uint32][]int // trigram -> keyword indexes
	keywords []string
	rulesOf  [][]int // keyword index -> rule indexes
}

// lower maps ASCII upper case to lower case and leaves other bytes alone.
var lower = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] = byte(i) + 'a' - 'A'
		}
	}
	return t
}()

func trigram(a, b, c byte) uint32 { return uint32(a)<<16 | uint32(b)<<8 | uint32(c) }

func triHash(t uint32) uint32 { return (t * 2654435761) >> 16 }

// newPrefilter takes, for each rule, its keywords (lower-case, at least 3
// bytes long) and dedupes them across rules.
func newPrefilter(ruleKeywords [][]string) *prefilter {
	p := &prefilter{byTri: make(map[uint32][]int)}
	index := make(map[string]int)
	for ri, kws := range ruleKeywords {
		for _, k := range kws {
			ki, ok := index[k]
			if !ok {
				ki = len(p.keywords)
				index[k] = ki
				p.keywords = append(p.keywords, k)
				p.rulesOf = append(p.rulesOf, nil)
				t := trigram(k[0], k[1], k[2])
				p.byTri[t] = append(p.byTri[t], ki)
				h := triHash(t)
				p.bits[h/64] |= 1 << (h % 64)
			}
			p.rulesOf[ki] = append(p.rulesOf[ki], ri)
		}
	}
	return p
}

// scan returns, for each of nRules rules, the ascending positions in data
// where one of its keywords starts. A rule whose keywords do not occur gets
// a nil slice.
func (p *prefilter) scan(data []byte, nRules int) [][]int {
	hits := make([][]int, nRules)
	if len(p.keywords) == 0 || len(data) < 3 {
		return hits
	}
	a, b := lower[data[0]], lower[data[1]]
	for i := 2; i < len(data); i++ {
		c := lower[data[i]]
		t := trigram(a, b, c)
		a, b = b, c
		h := triHash(t)
		if p.bits[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		start := i - 2
		for _, ki := range p.byTri[t] {
			if !hasFoldPrefix(data[start:], p.keywords[ki]) {
				continue
			}
			for _, ri := range p.rulesOf[ki] {
				if n := len(hits[ri]); n == 0 || hits[ri][n-1] != start {
					hits[ri] = append(hits[ri], start)
				}
			}
		}
	}
	return hits
}

// hasFoldPrefix reports whether data starts with the lower-case kw,
// ignoring ASCII case in data.
func hasFoldPrefix(data []byte, kw string) bool {
	if len(data) < len(kw) {
		return false
	}
	for j := 3; j < len(kw); j++ {
		if lower[data[j]] != kw[j] {
			return false
		}
	}
	return true
}
