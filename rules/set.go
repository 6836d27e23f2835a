package rules

import (
	"bytes"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/envguard/envguard/rules/vocab"
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
	rules  []Rule
	res    []lazyRegexp
	filter *prefilter
	// always lists rules without keywords; they run on every input.
	always []int
	// leader[i] is the first rule with the same regexp, secret group,
	// keywords and line mode as rule i (often i itself): rules that differ
	// only in what they accept share one run of the regexp.
	leader []int
	// gate[i], when set, is a cheap necessary condition for a line to hold
	// a reported match of rule i (see gates.go).
	gate []gate
	// scratch holds reusable prefilter results, so that Match allocates
	// little; the Set itself stays read-only.
	scratch sync.Pool
}

// Compile validates the rules and builds the keyword prefilter. Rule ids
// must be unique.
func Compile(rs []Rule) (*Set, error) {
	s := &Set{rules: make([]Rule, len(rs)), res: make([]lazyRegexp, len(rs))}
	copy(s.rules, rs)
	seen := make(map[string]bool, len(rs))
	var kws [][]string
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
	}
	s.filter = newPrefilter(kws)
	s.leader = make([]int, len(s.rules))
	first := make(map[string]int, len(s.rules))
	for i := range s.rules {
		r := &s.rules[i]
		key := fmt.Sprintf("%q %d %v %q", r.Regex, r.SecretGroup, r.Multiline, r.Keywords)
		if l, ok := first[key]; ok {
			s.leader[i] = l
		} else {
			first[key] = i
			s.leader[i] = i
		}
	}
	s.gate = gates(s.rules)
	s.scratch.New = func() any { return &hits{} }
	return s, nil
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
	s.match(data, false, fn)
}

// MatchAll is like [Set.Match] but also delivers rejected candidates, with
// Match.Rejected saying why, for --verbose.
func (s *Set) MatchAll(data []byte, fn func(Match)) {
	s.match(data, true, fn)
}

// Candidates reports which rules the prefilter lets run on data: the rules
// whose keywords occur and those without keywords. The prefilter may report
// a rule that then does not match, but never leaves out a rule that would.
func (s *Set) Candidates(data []byte) []int {
	var out []int
	h := s.scratch.Get().(*hits)
	defer s.scratch.Put(h)
	s.filter.scan(data, h)
	for i := range s.rules {
		if len(s.rules[i].Keywords) == 0 || len(s.filter.ruleLines(i, h)) > 0 {
			out = append(out, i)
		}
	}
	return out
}

func (s *Set) match(data []byte, withRejected bool, fn func(Match)) {
	if len(data) == 0 {
		return
	}
	h := s.scratch.Get().(*hits)
	defer s.scratch.Put(h)
	s.filter.scan(data, h)
	var found []Match
	// span[i] is where rule i's candidates sit in found, so that rules
	// sharing a regexp with it can copy them instead of running it again.
	if cap(h.span) < len(s.rules) {
		h.span = make([][2]int, len(s.rules))
	}
	span := h.span[:len(s.rules)]
	for i := range s.rules {
		r := &s.rules[i]
		if l := s.leader[i]; l != i {
			for _, m := range found[span[l][0]:span[l][1]] {
				m.Rule = r
				found = append(found, m)
			}
			continue
		}
		span[i][0] = len(found)
		found = s.runRule(found, i, data, h)
		span[i][1] = len(found)
		if len(found) > span[i][0] && s.res[i].pinned {
			for j := span[i][0]; j < len(found); j++ {
				found[j].pinned = true
			}
		}
	}
	if len(found) == 0 {
		return
	}
	keep := found[:0]
	for i := range found {
		m := found[i]
		m.Rejected = reject(&m)
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
}

// runRule appends the candidates of rule i: its regexp runs on each line
// where one of its keywords occurs, from the first such line to the end
// for a Multiline rule, or over all of data for a rule without keywords.
func (s *Set) runRule(found []Match, i int, data []byte, h *hits) []Match {
	r := &s.rules[i]
	var lines []int
	if len(r.Keywords) > 0 {
		if lines = s.filter.ruleLines(i, h); len(lines) == 0 {
			return found
		}
	}
	re, err := s.regexp(i)
	if err != nil {
		// Built-in rules are proven by tests and custom rules by the
		// config loader; a rule that slips through matches nothing.
		return found
	}
	switch {
	case len(r.Keywords) == 0:
		return appendMatches(found, r, re, data, 0, len(data))
	case r.Multiline:
		return appendMatches(found, r, re, data, lines[0], len(data))
	}
	g := s.gate[i]
	for _, ls := range lines {
		le := len(data)
		if j := bytes.IndexByte(data[ls:], '\n'); j >= 0 {
			le = ls + j
		}
		if le-ls > longLine {
			found = s.runWindows(found, i, re, data, ls, le, h)
			continue
		}
		if g != nil && !g(data[ls:le]) {
			continue
		}
		found = appendMatches(found, r, re, data, ls, le)
	}
	return found
}

// longLine is the length above which a line (minified code, data URIs) is
// searched in windows around the keywords rather than whole: Go's regexp
// falls back to a much slower engine on long inputs.
const longLine = 2048

// runWindows runs rule i's regexp over windows of the long line
// data[ls:le] around each occurrence of its keywords. Windows reach 256
// bytes before a keyword and 1 KiB after it, widened to the nearest byte
// that cannot be part of a token, so that no name or token is cut.
func (s *Set) runWindows(found []Match, i int, re *regexp.Regexp, data []byte, ls, le int, h *hits) []Match {
	r := &s.rules[i]
	line := data[ls:le]
	low := h.lowered(line, ls)
	var pos []int
	for _, kw := range r.Keywords {
		for off := 0; ; {
			j := bytes.Index(low[off:], []byte(kw))
			if j < 0 {
				break
			}
			pos = append(pos, off+j)
			off += j + 1
		}
	}
	slices.Sort(pos)
	first := len(found)
	ws, we := -1, -1
	flush := func() {
		if ws < 0 || (s.gate[i] != nil && !s.gate[i](line[ws:we])) {
			return
		}
		for _, m := range appendMatches(nil, r, re, data, ls+ws, ls+we) {
			if !containsSpan(found[first:], m) {
				found = append(found, m)
			}
		}
	}
	for _, p := range pos {
		a, b := tokenEdge(line, p-256, -1), tokenEdge(line, p+1024, 1)
		if ws >= 0 && a <= we && b-ws <= 4*longLine {
			we = max(we, b)
			continue
		}
		flush()
		ws, we = a, b
	}
	flush()
	return found
}

// tokenEdge moves p (clamped to line) in direction dir, at most 512
// bytes, to a byte that cannot be part of a token, and returns the window
// edge there.
func tokenEdge(line []byte, p, dir int) int {
	p = max(0, min(p, len(line)))
	for n := 0; n < 512 && p > 0 && p < len(line); n++ {
		c := line[p]
		if dir < 0 {
			c = line[p-1]
		}
		if !vocab.IsAlnum(c) && strings.IndexByte("_-+/=.", c) < 0 {
			break
		}
		p += dir
	}
	return p
}

// containsSpan reports whether ms holds a candidate of m's rule and span.
func containsSpan(ms []Match, m Match) bool {
	for _, x := range ms {
		if x.Start == m.Start && x.End == m.End {
			return true
		}
	}
	return false
}

// appendMatches runs r's pattern over data[from:to] and appends candidates.
func appendMatches(dst []Match, r *Rule, re *regexp.Regexp, data []byte, from, to int) []Match {
	gi := r.secretIndex(re)
	ni := re.SubexpIndex("name")
	for _, loc := range re.FindAllSubmatchIndex(data[from:to], -1) {
		if loc[2*gi] < 0 {
			continue
		}
		m := Match{
			Rule:       r,
			Start:      from + loc[2*gi],
			End:        from + loc[2*gi+1],
			MatchStart: from + loc[0],
			MatchEnd:   from + loc[1],
		}
		if m.Start == m.End {
			continue
		}
		m.Secret = string(data[m.Start:m.End])
		if ni > 0 && loc[2*ni] >= 0 {
			m.Name = string(data[from+loc[2*ni] : from+loc[2*ni+1]])
		}
		dst = append(dst, m)
	}
	return dst
}

// rejectedValidation starts the reason of a candidate its rule's
// validator rejected.
const rejectedValidation = "validation failed: "

// reject says why m cannot be a real secret, or "" when it may be one.
// Cheap checks come first.
func reject(m *Match) string {
	r := m.Rule
	if !r.KeepPlaceholders && vocab.IsPlaceholder(m.Secret) {
		return "placeholder"
	}
	if r.Generic && m.Name != "" && !vocab.IsSecretName(m.Name) {
		return "the name " + m.Name + " does not name a secret"
	}
	if r.MinEntropy > 0 {
		if e := vocab.Entropy(m.Secret); e < r.MinEntropy {
			return fmt.Sprintf("entropy %.2f below %.2f bits per character", e, r.MinEntropy)
		}
	}
	if r.MinRandomness > 0 {
		if x := vocab.Randomness(m.Secret); x < r.MinRandomness {
			return fmt.Sprintf("randomness %.2f below %.2f", x, r.MinRandomness)
		}
	}
	if r.Check != nil {
		if err := r.Check(m.Secret); err != nil {
			return rejectedValidation + err.Error()
		}
	}
	return ""
}

// resolveOverlaps sorts matches by position and drops candidates that are
// shadowed: a generic match overlapping an accepted specific one, and a
// second rule reporting the very same secret span.
func resolveOverlaps(ms []Match) []Match {
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
	out := ms[:0]
	for i, m := range ms {
		if keep[i] {
			out = append(out, m)
		}
	}
	return out
}

func overlaps(a, b Match) bool { return a.Start < b.End && b.Start < a.End }

// minContext is how many more bytes of whole match, with a pinned name,
// make a specific rule win over another: a variable name's worth, not a
// boundary or a quote.
const minContext = 6

// shadows reports whether a hides b when both cover overlapping text.
// An accepted match beats a rejected one; a specific rule beats a generic
// one; between specific rules one whose name group pins provider names
// and that matched more context wins; between equals the earlier one wins.
func shadows(a, b Match, aFirst bool) bool {
	// A specific rule that recognised the token's format but whose
	// validator rejected it (a bad checksum) speaks for that text: a
	// generic rule must not report the lookalike as a random secret.
	if a.Rule.Generic != b.Rule.Generic {
		spec := a
		if a.Rule.Generic {
			spec = b
		}
		if strings.HasPrefix(spec.Rejected, rejectedValidation) {
			return !a.Rule.Generic
		}
	}
	aOK, bOK := a.Rejected == "", b.Rejected == ""
	if aOK != bOK {
		return aOK
	}
	if a.Rule.Generic != b.Rule.Generic {
		return !a.Rule.Generic
	}
	if a.Rule == b.Rule {
		return false
	}
	// Between specific rules of two providers, one that matched its
	// provider's variable name around a shared token shape wins (Clerk's
	// CLERK_SECRET_KEY=sk_live_... over Stripe's bare sk_live_...).
	if la, lb := a.MatchEnd-a.MatchStart, b.MatchEnd-b.MatchStart; !a.Rule.Generic && a.pinned != b.pinned && family(a.Rule.ID) != family(b.Rule.ID) {
		if a.pinned && a.Name != "" && la-lb > minContext {
			return true
		}
		if b.pinned && b.Name != "" && lb-la > minContext {
			return false
		}
	}
	return aFirst
}

func lineStart(data []byte, p int) int {
	for p > 0 && data[p-1] != '\n' {
		p--
	}
	return p
}

func lineEnd(data []byte, p int) int {
	for p < len(data) && data[p] != '\n' {
		p++
	}
	return p
}

// namePinned reports whether the "name" group of expr contains a literal
// of three or more characters: the rule names the variables it looks in
// (DATADOG_API_KEY) instead of taking any identifier.
func namePinned(expr string) bool {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return false
	}
	var find func(r *syntax.Regexp, inName bool) bool
	find = func(r *syntax.Regexp, inName bool) bool {
		if r.Op == syntax.OpCapture && r.Name == "name" {
			inName = true
		}
		if inName && r.Op == syntax.OpLiteral && len(r.Rune) >= 3 {
			return true
		}
		for _, sub := range r.Sub {
			if find(sub, inName) {
				return true
			}
		}
		return false
	}
	return find(re, false)
}

// family is the provider part of a rule id: "clerk" of "clerk-secret-key".
func family(id string) string {
	if i := strings.IndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return id
}
