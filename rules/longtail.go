package rules

import (
	"errors"
	"github.com/envguard/envguard/rules/vocab"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The long tail of providers (issue 12): hundreds of services whose keys
// differ only in their prefix, length and alphabet. Two compact forms make
// their rows: [pk] for a token with a distinctive prefix, found anywhere,
// and [nk] for a key that is found only right after its provider's name
// (SHODAN_API_KEY=..., "x-octopus-apikey: ..."), with the provider's exact
// length and alphabet, so that a provider-named 32-hex value is a finding
// and an unrelated 32-hex value is not. Both become ordinary rows.

// abc is the alphabet of a long-tail token: its regexp class and the
// characters its fakes are drawn from.
type abc uint8

// The alphabets of long-tail tokens.
const (
	aHex    abc = iota // lower-case hex
	aHexUp             // upper-case hex
	aHexAny            // hex in either case
	aAlnum             // letters of both cases and digits
	aLowNum            // lower-case letters and digits
	aUpNum             // upper-case letters and digits
	aURL               // letters, digits, - and _
	aB64               // letters, digits, + and /
	aDigits            // digits only
	aAlpha             // letters of both cases
	aUUID              // a UUID (length fields unused)
)

// class returns the alphabet's regexp character class.
func (a abc) class() string {
	return [...]string{`[a-f0-9]`, `[A-F0-9]`, `[a-fA-F0-9]`, `[A-Za-z0-9]`, `[a-z0-9]`, `[A-Z0-9]`,
		`[A-Za-z0-9_\-]`, `[A-Za-z0-9+/]`, `[0-9]`, `[A-Za-z]`, ``}[a]
}

// chars returns the characters the alphabet's fakes are drawn from.
func (a abc) chars() string {
	return [...]string{exHex, exHexUp, exHex, exAlnum, exLowNum, exUpNum, exURLSafe, csB64, csDigits, exAlpha, exHex}[a]
}

// name says what the alphabet is, for a rule's validator description.
func (a abc) name() string {
	return [...]string{"hex", "upper-case hex", "hex", "alphanumeric", "lower-case alphanumeric",
		"upper-case alphanumeric", "url-safe", "base64", "digit", "letter", "UUID"}[a]
}

// body returns the regexp of n (or n to m) characters of the alphabet.
func (a abc) body(n, m int) string {
	if a == aUUID {
		return uuidRe
	}
	pad := ""
	if a == aB64 {
		pad = "={0,2}" // standard base64 may end in padding
	}
	if m > n {
		return a.class() + "{" + strconv.Itoa(n) + "," + strconv.Itoa(m) + "}" + pad
	}
	return a.class() + "{" + strconv.Itoa(n) + "}" + pad
}

// writeBody writes [abc.body] to b.
func (a abc) writeBody(b *strings.Builder, n, m int) {
	if a == aUUID {
		b.WriteString(uuidRe)
		return
	}
	b.WriteString(a.class())
	b.WriteByte('{')
	b.WriteString(strconv.Itoa(n))
	if m > n {
		b.WriteByte(',')
		b.WriteString(strconv.Itoa(m))
	}
	b.WriteByte('}')
	if a == aB64 {
		b.WriteString("={0,2}") // standard base64 may end in padding
	}
}

// fakeOf returns a fake of n characters of the alphabet (a UUID for aUUID).
func (a abc) fakeOf(seed string, n int) string {
	if a == aUUID {
		return fakeUUID(seed)
	}
	v := fake(seed, a.chars(), n)
	if a == aAlnum || a == aAlpha {
		// keys over a mixed-case alphabet hold both cases (and digits)
		v = "aZ" + v[2:]
		if a == aAlnum {
			v = v[:2] + "7" + v[3:]
		}
	}
	return v
}

// lowRandomness is the least randomness a long-tail token of n characters
// must have: fakes of a few characters vary more than long ones.
func lowRandomness(a abc, n int) float64 {
	switch {
	case a == aDigits || n < 16:
		return 0.6
	case n < 24:
		return 0.7
	case n < 32:
		return 0.75
	}
	return 0.8
}

// badOf returns values in a token's position that its rule must not
// report: one character short, one in a foreign alphabet, and a value
// with too little randomness.
func badOf(prefix string, a abc, n, m int, seed string) []string {
	if a == aUUID {
		u := fakeUUID(seed)
		return []string{prefix + "00000000-0000-0000-0000-000000000000", prefix + u[:len(u)-1], prefix + strings.ToUpper(u[:8]) + "-" + "zzzz" + u[13:]}
	}
	v := a.fakeOf(seed, n)
	out := []string{prefix + v[:n-1], prefix + v[:n/2] + "." + v[n/2+1:]}
	if m == 0 {
		out = append(out, prefix+v+a.chars()[:1])
	}
	return append(out, prefix+strings.Repeat(a.chars()[len(a.chars())-2:], n)[:n])
}

// pk is a token with a distinctive prefix: prefix and n (or n to m)
// characters of an alphabet, found anywhere.
type pk struct {
	id, desc, prefix string
	a                abc
	n, m             int
	rotate           string
}

// row turns pk into a row whose keyword is its prefix (for its
// examples: [pk.rule] builds the rule itself).
func (k *pk) row() row {
	return row{id: k.id, desc: k.desc, kw: []string{strings.ToLower(k.prefix)},
		re: regexp.QuoteMeta(k.prefix) + k.a.body(k.n, k.m), check: checkBody(k.prefix, k.a, k.n),
		checkDesc: describeBody(k.a, k.n, k.m) + " after " + k.prefix, rotate: k.rotate,
		gen: func(seed string) string { return k.prefix + k.a.fakeOf(seed, k.n) }}
}

// rule is pk's rule, as its row would make it, built with few
// allocations: the catalog builds its long tail at every start.
func (k *pk) rule() Rule {
	var b strings.Builder
	b.Grow(len(tokenStart) + len(`(?P<secret>)`) + 2*len(k.prefix) + 40 + len(tokenEnd))
	b.WriteString(tokenStart + `(?P<secret>`)
	b.WriteString(regexp.QuoteMeta(k.prefix))
	k.a.writeBody(&b, k.n, k.m)
	b.WriteString(`)` + tokenEnd)
	return Rule{ID: k.id, Description: k.desc, Keywords: []string{strings.ToLower(k.prefix)},
		Regex: b.String(), Check: k.check, CheckDesc: describeBody(k.a, k.n, k.m) + " after " + k.prefix,
		Severity: SeverityHigh, Rotate: k.rotate, Examples: k.examples}
}

// check is pk's validator ([checkBody]).
func (k *pk) check(s string) error { return checkBodyOf(strings.TrimPrefix(s, k.prefix), k.a, k.n) }

// examples are pk's row's examples, its bad values made on demand.
func (k *pk) examples() Examples {
	w := k.row()
	w.bad = badOf(k.prefix, k.a, k.n, k.m, k.id)
	return w.examples()
}

// lazyBad sets the row's bad values to be made with its examples, on
// demand, so that building the catalog makes no fakes.
func (w row) lazyBad(bad func() []string) row {
	w.ex = func() Examples {
		v := w
		v.bad = bad()
		return v.examples()
	}
	return w
}

// checkBody checks a long-tail token body after prefix: random for its
// length, and, in an alphabet wider than hex, not a hex digest (a commit
// or content hash next to a provider's name is not its key): a random
// body of 20 or more characters over letters of both cases, or over
// letters beyond f, holds one of them.
func checkBody(prefix string, a abc, n int) func(string) error {
	return func(s string) error { return checkBodyOf(strings.TrimPrefix(s, prefix), a, n) }
}

// checkBodyOf is [checkBody]'s test of a body s of a token of n
// characters of a.
func checkBodyOf(s string, a abc, n int) error {
	if vocab.LooksLikeWords(s) || vocab.Randomness(s) < lowRandomness(a, n) {
		return errNotRandom
	}
	if len(s) < 20 {
		return nil
	}
	switch a {
	case aAlnum, aURL, aB64, aAlpha:
		if !strings.ContainsAny(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || !strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") {
			return errOneCase
		}
	case aLowNum:
		if !strings.ContainsAny(s, "ghijklmnopqrstuvwxyz") {
			return errHexDigest
		}
	case aUpNum:
		if !strings.ContainsAny(s, "GHIJKLMNOPQRSTUVWXYZ") {
			return errHexDigest
		}
	}
	return nil
}

// Reasons a long-tail token body is rejected.
var (
	errOneCase   = errors.New("letters of one case only: not a key over a mixed-case alphabet")
	errHexDigest = errors.New("hex digits only: a digest, not a key over letters and digits")
)

// checkRandomBody checks that what follows prefix is random.
func checkRandomBody(prefix string, min float64) func(string) error {
	random := checkRandom(min)
	return func(s string) error { return random(strings.TrimPrefix(s, prefix)) }
}

// nk is a key found right after one of its provider's names: n (or n to
// m) characters of an alphabet. names holds alternatives separated by
// "|"; an alternative may end in "@" and its prefilter keywords (see
// [nameKeywords]); an alternative of several words ("open weather") also stands for
// its joined, snake and kebab forms (openweather, open_weather,
// open-weather), and the match ignores case, so camelCase counts too.
type nk struct {
	id, desc, names string
	a               abc
	n, m            int
	rotate          string
}

// row turns nk into a named row (for its examples: [nk.rule] builds
// the rule itself).
func (k *nk) row() row {
	names, kws := nameFormsKeywords(k.names)
	w := row{names: names, kw: kws, id: k.id, desc: k.desc, re: k.a.body(k.n, k.m), rotate: k.rotate,
		gen: func(seed string) string { return k.a.fakeOf(seed, k.n) }}
	if k.a != aUUID {
		w.check, w.checkDesc = checkBody("", k.a, k.n), describeBody(k.a, k.n, k.m)+" next to the provider's name"
	}
	return w
}

// rule is nk's rule, as its row would make it, with the long tail's
// start-of-word anchor before the name, built with few allocations.
// descs shares the validator descriptions of rows of one format.
func (k *nk) rule(descs map[nkFormat]string) Rule {
	names, kws := nameFormsKeywords(k.names)
	var b strings.Builder
	b.Grow(len(nameStart) + len(nearNameBlank) + 40 + 2*len(k.names) + 3*len(nameSuffix))
	b.WriteString(nameStart)
	writeNearName(&b, names, func(b *strings.Builder) { k.a.writeBody(b, k.n, k.m) })
	r := Rule{ID: k.id, Description: k.desc, Keywords: kws, Regex: b.String(),
		Severity: SeverityHigh, Rotate: k.rotate, Examples: k.examples}
	if k.a == aUUID {
		r.Check, r.CheckDesc = checkRandomUUID, "UUID with random digits"
		return r
	}
	f := nkFormat{k.a, k.n, k.m}
	d, ok := descs[f]
	if !ok {
		d = describeBody(k.a, k.n, k.m) + " next to the provider's name"
		descs[f] = d
	}
	r.Check, r.CheckDesc = k.check, d
	return r
}

// nkFormat is a named long-tail token's format.
type nkFormat struct {
	a    abc
	n, m int
}

// check is nk's validator ([checkBody]).
func (k *nk) check(s string) error { return checkBodyOf(s, k.a, k.n) }

// examples are nk's row's examples, its bad values made on demand.
func (k *nk) examples() Examples {
	w := k.row()
	w.bad = badOf("", k.a, k.n, k.m, k.id)
	return w.examples()
}

// describeBody says what a token body is, e.g. "32 random hex characters".
func describeBody(a abc, n, m int) string {
	if a == aUUID {
		return "random UUID"
	}
	l := strconv.Itoa(n)
	if m > n {
		l += "-" + strconv.Itoa(m)
	}
	return l + " random " + a.name() + " characters"
}

// nameForms expands "open weather|owm_key" into the forms a variable name
// may take; see [nameForms].
func nameForms(s string) []string {
	forms, _ := nameFormsKeywords(s)
	return forms
}

// nameKeywords returns the prefilter keywords of names: those written
// after an alternative's "@" (comma-separated parts of its forms, chosen
// because their 4-grams are rare in source code: "typesense@pesense"),
// else the alternative's forms.
func nameKeywords(s string) []string {
	_, kws := nameFormsKeywords(s)
	return kws
}

// nameFormsKeywords returns, in one pass over s, what [nameForms] and
// [nameKeywords] return: the long tail's rows build at every start.
func nameFormsKeywords(s string) (forms, kws []string) {
	// Each alternative gives one form, or three for several words.
	n := strings.Count(s, "|") + 1 + 2*strings.Count(s, " ")
	forms, kws = make([]string, 0, n), make([]string, 0, n)
	add := func(k string) []string {
		for i := 0; i < len(k); i++ {
			if c := k[i]; c >= 'A' && c <= 'Z' {
				k = strings.ToLower(k)
				break
			}
		}
		if slices.Contains(kws, k) {
			return kws
		}
		return append(kws, k)
	}
	for rest := s; ; {
		alt, more, found := strings.Cut(rest, "|")
		alt, explicit, hasKW := strings.Cut(alt, "@")
		first := len(forms)
		if !strings.ContainsAny(alt, " \t") {
			forms = append(forms, alt)
		} else if words := strings.Fields(alt); len(words) == 1 {
			forms = append(forms, words[0])
		} else {
			for _, sep := range []string{"", "_", "-"} {
				forms = append(forms, strings.Join(words, sep))
			}
		}
		if hasKW {
			for k := range strings.SplitSeq(explicit, ",") {
				kws = add(k)
			}
		} else {
			for _, f := range forms[first:] {
				kws = add(f)
			}
		}
		if !found {
			return forms, kws
		}
		rest = more
	}
}

// nameStart starts a provider's name: a long-tail name counts only as
// the start of a word (LOOM_KEY, not BLOOM_KEY), since many providers'
// names hide inside longer words.
const nameStart = `(?:^|[^A-Za-z0-9])`

// longTail turns tables of pk and nk into rules.
func longTail(prefixed []pk, named []nk) []Rule {
	out := make([]Rule, 0, len(prefixed)+len(named))
	for i := range prefixed {
		out = append(out, prefixed[i].rule())
	}
	descs := make(map[nkFormat]string)
	for i := range named {
		out = append(out, named[i].rule(descs))
	}
	return out
}

// checkRandomParts checks that each sep-separated part of s after prefix
// is random.
func checkRandomParts(prefix, sep string, min float64) func(string) error {
	random := checkRandom(min)
	return func(s string) error {
		for _, p := range strings.Split(strings.TrimPrefix(s, prefix), sep) {
			if err := random(p); err != nil {
				return err
			}
		}
		return nil
	}
}
