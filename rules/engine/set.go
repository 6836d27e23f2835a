package engine

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// Match is one candidate secret found by a rule.
type Match struct {
	// Rule that matched. It points into the Set and must not be changed.
	Rule *Rule
	// Start and End are the byte offsets of the secret in the data.
	Start, End int
	// MatchStart and MatchEnd are the byte offsets of the whole match.
	MatchStart, MatchEnd int
	// Secret is the matched secret.
	Secret string
	// Name is the identifier the secret is assigned to, if the rule knows it.
	Name string
	// Rejected, when not empty, says why this candidate is not a secret
	// (placeholder, low entropy, failed validation). Only [Set.MatchAll]
	// delivers rejected candidates.
	Rejected string
	// pinned is set when the rule's "name" group is pinned to provider
	// names (CLERK_SECRET_KEY), not any identifier.
	pinned bool
}

// Set is a compiled, read-only collection of rules. Build it with [Compile].
type Set struct {
	rules []Rule
	res   []lazyRegexp
	// filter is the keyword prefilter, built in the background from
	// Compile on: a pre-commit run reads the index and starts git
	// meanwhile. Matching waits for it.
	filter func() *prefilter
	// wholeFilter holds only the multi-line rules' keywords (nil when
	// there are none): with spans, they are looked for in all of the data
	// while the others are looked for within the spans.
	wholeFilter func() *prefilter
	// mayHoldMultiline tells at memory speed whether a multi-line rule's
	// keyword occurs at all (see [Set.MultilineFilter]), so that most
	// files skip the wholeFilter's byte-by-byte pass.
	mayHoldMultiline func() func([]byte) bool
	// always lists rules without keywords; they run on every input.
	always []int
	// multiline lists the multi-line rules: with spans their keywords are
	// looked for by wholeFilter, so they are always candidates.
	multiline []int
	// leader[i] is the first rule with the same regexp, secret group,
	// keywords, line mode, gate and files as rule i (often i itself): rules that
	// differ only in what they accept share one run of the regexp.
	leader []int
	// scratch holds reusable prefilter results, so that Match allocates
	// little; the Set itself stays read-only.
	scratch sync.Pool
}

// Compile validates the rules and builds the keyword prefilter. Rule ids
// must be unique. The set holds a copy of rs.
func Compile(rs []Rule) (*Set, error) {
	return CompileKeep(slices.Clone(rs))
}

// CompileKeep is [Compile] without the copy: the set keeps rs, which must
// not change afterwards (the shared built-in list: a pre-commit run then
// writes no second copy of a thousand rules into fresh memory).
func CompileKeep(rs []Rule) (*Set, error) {
	s := &Set{rules: rs, res: make([]lazyRegexp, len(rs))}
	seen := make(map[string]bool, len(rs))
	var kws, mlKws [][]string
	multiline := false
	for i := range s.rules {
		r := &s.rules[i]
		if err := r.Validate(); err != nil {
			return nil, err
		}
		if seen[r.ID] {
			return nil, fmt.Errorf("rule %q is defined twice: give each rule its own id", r.ID)
		}
		seen[r.ID] = true
		if len(r.Keywords) == 0 {
			s.always = append(s.always, i)
		}
		kws = append(kws, r.Keywords)
		if r.Multiline {
			multiline = true
			s.multiline = append(s.multiline, i)
			mlKws = append(mlKws, r.Keywords)
		} else {
			mlKws = append(mlKws, nil)
		}
	}
	s.filter = sync.OnceValue(func() *prefilter { return newPrefilter(kws) })
	if multiline {
		s.wholeFilter = sync.OnceValue(func() *prefilter { return newPrefilter(mlKws) })
		s.mayHoldMultiline = sync.OnceValue(s.MultilineFilter)
	}
	go s.filter()
	s.leader = make([]int, len(s.rules))
	// Rules that agree on everything a run of the regexp depends on share
	// one run: the first of them leads. Most regexps are unique, so rules
	// are grouped by regexp first and compared field by field only then.
	// The leaders of one regexp are chained: the last in byRegex, each
	// one's predecessor in prev (-1 ends the chain).
	byRegex := make(map[string]int, len(s.rules))
	prev := make([]int, len(s.rules))
	for i := range s.rules {
		r := &s.rules[i]
		s.leader[i] = i
		last, ok := byRegex[r.Regex]
		if !ok {
			last = -1
		}
		for l := last; l >= 0; l = prev[l] {
			if sameRun(&s.rules[l], r) {
				s.leader[i] = l
				break
			}
		}
		if s.leader[i] == i {
			prev[i], byRegex[r.Regex] = last, i
		}
	}
	s.scratch.New = func() any { return &hits{} }
	return s, nil
}

// sameRun reports whether rules a and b, of one regexp, find the same
// candidates: same secret group, keywords, line mode, gate and files.
func sameRun(a, b *Rule) bool {
	return a.SecretGroup == b.SecretGroup && a.Multiline == b.Multiline && gateID(a.Gate) == gateID(b.Gate) &&
		slices.Equal(a.Keywords, b.Keywords) && slices.Equal(a.Files, b.Files)
}

// gateID identifies a gate function, so that only rules with the same
// gate (or none) share a run of their regexp. Gates are plain functions
// of the line: two closures of one function count as one gate.
func gateID(g func([]byte) bool) uintptr {
	if g == nil {
		return 0
	}
	return reflect.ValueOf(g).Pointer()
}

// MustCompile is like [Compile] but panics on error. It is meant for the
// built-in ruleset, which tests prove valid.
func MustCompile(rs []Rule) *Set {
	s, err := Compile(rs)
	if err != nil {
		panic(err)
	}
	return s
}

// CompileAll compiles every rule's regexp now and returns the first error.
// [Compile] leaves that to first use, so that a pre-commit run pays only
// for the rules whose keywords occur.
func (s *Set) CompileAll() error {
	for i := range s.rules {
		if _, err := s.regexp(i); err != nil {
			return err
		}
	}
	return nil
}

// lazyRegexp compiles a rule's regexp once, on first use.
type lazyRegexp struct {
	once   sync.Once
	re     *regexp.Regexp
	err    error
	pinned bool // the "name" group holds literal names
	// before, when not nil, holds the bytes one of which must precede a
	// match that does not start its input ([boundaryBefore]); read from
	// the regexp the first time a long line is searched in windows.
	beforeOnce sync.Once
	before     *[256]bool
}

// regexp returns rule i's compiled regexp.
func (s *Set) regexp(i int) (*regexp.Regexp, error) {
	l := &s.res[i]
	l.once.Do(func() {
		l.re, l.err = s.rules[i].CompileRegex()
		if l.err == nil {
			l.pinned = namePinned(s.rules[i].Regex)
		}
	})
	return l.re, l.err
}

// Rules returns the rules of the set, in order. The slice must not be changed.
func (s *Set) Rules() []Rule { return s.rules }

// Len is the number of rules in the set.
func (s *Set) Len() int { return len(s.rules) }

// Match calls fn for every secret found in data, in order of position.
// Candidates that are rejected (placeholders, low entropy, failed
// validation) are not delivered.
func (s *Set) Match(data []byte, fn func(Match)) {
	s.match("", data, false, nil, fn)
}

// MatchAll is like [Set.Match] but also delivers rejected candidates, with
// Match.Rejected saying why, for --verbose.
func (s *Set) MatchAll(data []byte, fn func(Match)) {
	s.match("", data, true, nil, fn)
}

// MatchFile is [Set.Match] (or, with all, [Set.MatchAll]) for the content
// of the file at path: rules scoped to other files ([Rule.Files]) do not
// run.
func (s *Set) MatchFile(path string, data []byte, all bool, fn func(Match)) {
	s.match(path, data, all, nil, fn)
}

// MatchFileIn is [Set.MatchFile] for a caller that keeps only the matches
// that touch the lines of data within spans (sorted, disjoint byte ranges
// [start, end) of whole lines, such as the lines a diff added): a rule
// that runs line by line skips the lines outside them. It delivers every
// match that touches spans that [Set.MatchFile] delivers, with the same
// rejections and overlap decisions; matches outside spans may be left out.
// A nil spans means all of data.
func (s *Set) MatchFileIn(path string, data []byte, all bool, spans [][2]int, fn func(Match)) {
	if spans == nil {
		s.match(path, data, all, nil, fn)
		return
	}
	if !s.match(path, data, all, spans, fn) {
		// A match that spans lines (a multi-line rule, a rule without
		// keywords) could overlap one the restricted run left out:
		// decide on the whole file, as MatchFile does.
		s.match(path, data, all, nil, fn)
	}
}

// Candidates reports which rules the prefilter lets run on data: the rules
// whose keywords occur and those without keywords. The prefilter may report
// a rule that then does not match, but never leaves out a rule that would.
func (s *Set) Candidates(data []byte) []int {
	var out []int
	h := s.scratch.Get().(*hits)
	defer s.scratch.Put(h)
	pf := s.filter()
	pf.scan(data, h)
	for i := range s.rules {
		if len(s.rules[i].Keywords) == 0 || len(pf.ruleLines(i, h)) > 0 {
			out = append(out, i)
		}
	}
	return out
}

// match delivers the matches in data to fn. With spans, line-by-line
// rules run only on the lines within them; when a rule that is not run
// line by line finds a candidate, match delivers nothing and returns
// false, so that the caller can run it again without spans.
func (s *Set) match(path string, data []byte, withRejected bool, spans [][2]int, fn func(Match)) bool {
	if len(data) == 0 {
		return true
	}
	h := s.scratch.Get().(*hits)
	defer s.scratch.Put(h)
	if spans == nil {
		s.filter().scan(data, h)
	} else {
		s.filter().scanSpans(data, spans, h)
		if s.wholeFilter != nil {
			if h.whole == nil {
				h.whole = &hits{}
			}
			if wf := s.wholeFilter(); s.mayHoldMultiline()(data) {
				wf.scan(data, h.whole)
			} else {
				wf.reset(h.whole)
			}
		}
	}
	var found []Match
	// span[i] is where rule i's candidates sit in found, so that rules
	// sharing a regexp with it can copy them instead of running it again.
	if cap(h.span) < len(s.rules) {
		h.span = make([][2]int, len(s.rules))
	}
	span := h.span[:len(s.rules)]
	// Only the rules that may match run: those a keyword found, the
	// multi-line ones (with spans, their keywords were looked for apart)
	// and those without keywords, in the order of the set. A rule that
	// shares a leader's run has the leader's keywords, so both are here.
	cand := append(h.cand[:0], s.always...)
	if spans != nil {
		cand = append(cand, s.multiline...)
	}
	pf := s.filter()
	for _, ki := range h.hit {
		cand = append(cand, pf.rulesOf[ki]...)
	}
	slices.Sort(cand)
	cand = slices.Compact(cand)
	h.cand = cand
	for _, i := range cand {
		r := &s.rules[i]
		if !r.inFiles(path) {
			span[i] = [2]int{len(found), len(found)}
			continue
		}
		if l := s.leader[i]; l != i {
			for _, m := range found[span[l][0]:span[l][1]] {
				m.Rule = r
				found = append(found, m)
			}
			continue
		}
		span[i][0] = len(found)
		found = s.runRule(found, i, data, spans, h)
		span[i][1] = len(found)
		if spans != nil && len(found) > span[i][0] && (r.Multiline || len(r.Keywords) == 0) {
			return false
		}
		if len(found) > span[i][0] && s.res[i].pinned {
			for j := span[i][0]; j < len(found); j++ {
				found[j].pinned = true
			}
		}
	}
	if len(found) == 0 {
		return true
	}
	keep := found[:0]
	for i := range found {
		m := found[i]
		m.Rejected = reject(&m, data)
		// Without --verbose a rejected candidate matters only if it can
		// shadow an accepted one: a specific rule's failed validation.
		if withRejected || m.Rejected == "" || !m.Rule.Generic && strings.HasPrefix(m.Rejected, rejectedValidation) {
			keep = append(keep, m)
		}
	}
	found = resolveOverlaps(keep)
	for _, m := range found {
		if m.Rejected == "" || withRejected {
			fn(m)
		}
	}
	return true
}

// MultilineFilter returns a prefilter for the set's multi-line rules (PEM
// blocks and their kind): it says whether data holds a keyword of one of
// them, so that a history scan hands whole blobs to the detector only
// then. Like every prefilter it may say yes too often, never too seldom.
// Its tables are built at its first call, so that a scan that never asks
// (a pre-commit run) does not pay for them.
func (s *Set) MultilineFilter() func(data []byte) bool {
	return s.filterFor(func(r *Rule) bool { return r.Multiline })
}

// BinaryFilter returns a prefilter for the rules that run on binary
// content ([Rule.Binary]): it says whether one of them may find something
// in data, so that a source can leave out the work (reading the old
// version, a line diff) that only a finding would need. It may say yes
// too often, never too seldom, and builds its tables at its first call.
func (s *Set) BinaryFilter() func(data []byte) bool {
	return s.filterFor(func(r *Rule) bool { return r.Binary })
}

// filterFor returns a prefilter for the rules of s that keep says yes to,
// built at its first call.
func (s *Set) filterFor(keep func(*Rule) bool) func(data []byte) bool {
	var sub []Rule
	for i := range s.rules {
		if keep(&s.rules[i]) {
			sub = append(sub, s.rules[i])
		}
	}
	if len(sub) == 0 {
		return func([]byte) bool { return false }
	}
	var kws []string
	keywordless := false
	for i := range sub {
		keywordless = keywordless || len(sub[i].Keywords) == 0
		for _, k := range sub[i].Keywords {
			if !slices.Contains(kws, k) {
				kws = append(kws, k)
			}
		}
	}
	if keywordless {
		return func([]byte) bool { return true } // such a rule runs on everything
	}
	if af, ok := newAnchorFilter(kws); ok {
		return af.any
	}
	build := sync.OnceValue(func() *Set {
		set, err := Compile(sub)
		if err != nil {
			return nil
		}
		return set
	})
	return func(data []byte) bool {
		set := build()
		if set == nil {
			return true // every input may hold one: slower, never wrong
		}
		return len(set.Candidates(data)) > 0
	}
}
