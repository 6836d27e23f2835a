package engine

import (
	"fmt"
	"regexp/syntax"
	"sort"
	"strings"

	"github.com/envguard/envguard/rules/vocab"
)

// rejectedValidation starts the reason of a candidate its rule's
// validator rejected.
const rejectedValidation = "validation failed: "

// notFormat starts the reason of a candidate that is not its rule's token
// format (see [NotFormat]): it hides nothing.
const notFormat = "not the rule's format: "

// reject says why m cannot be a real secret, or "" when it may be one.
// Cheap checks come first.
func reject(m *Match, data []byte) string {
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
			return validationReason(err)
		}
	}
	if r.CheckMatch != nil {
		if err := r.CheckMatch(m.Secret, string(data[m.MatchStart:m.MatchEnd])); err != nil {
			return validationReason(err)
		}
	}
	return ""
}

func validationReason(err error) string {
	if isNotFormat(err) {
		return notFormat + err.Error()
	}
	return rejectedValidation + err.Error()
}

// resolveOverlaps sorts matches by position and drops candidates that are
// shadowed: a generic match overlapping an accepted specific one, and a
// second rule reporting the very same secret span.
//
// A candidate is dropped when an earlier kept candidate or any later one
// that overlaps it shadows it. After sorting by start, the later ones that
// overlap are the run that starts before it ends, and the earlier kept ones
// are those still open at its start: one sweep, O(n log n) for the sort and
// then linear in n times the overlaps at a point (at most one match per
// rule, since a rule's own matches never overlap).
func resolveOverlaps(ms []Match) []Match {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	keep := make([]bool, len(ms))
	var open []int // kept candidates that may reach past the next start
	for i := range ms {
		live := open[:0]
		for _, j := range open {
			if ms[j].End > ms[i].Start {
				live = append(live, j)
			}
		}
		open = live
		keep[i] = !shadowed(ms, i, open)
		if keep[i] {
			open = append(open, i)
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

// shadowed reports whether ms[i] is hidden by a kept earlier candidate in
// open or by a later one that overlaps it.
func shadowed(ms []Match, i int, open []int) bool {
	for _, j := range open {
		if overlaps(ms[j], ms[i]) && shadows(ms[j], ms[i], true) {
			return true
		}
	}
	for j := i + 1; j < len(ms) && ms[j].Start < ms[i].End; j++ {
		if overlaps(ms[i], ms[j]) && shadows(ms[j], ms[i], false) {
			return true
		}
	}
	return false
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
	if la, lb := a.MatchEnd-a.MatchStart, b.MatchEnd-b.MatchStart; !a.Rule.Generic && a.pinned != b.pinned && !sameProvider(a.Rule, b.Rule) {
		if a.pinned && a.Name != "" && la-lb > minContext {
			return true
		}
		if b.pinned && b.Name != "" && lb-la > minContext {
			return false
		}
	}
	return aFirst
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

// sameProvider reports whether two rules belong to one provider; a rule
// without a Provider is its own.
func sameProvider(a, b *Rule) bool {
	if a.Provider == "" || b.Provider == "" {
		return a == b
	}
	return a.Provider == b.Provider
}
