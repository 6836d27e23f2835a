package rules

import (
	"regexp"
	"slices"
	"strings"
)

// Building blocks of the provider rules' regexps.

const (
	// tokenEnd ends a token: a character that cannot continue it, or the
	// end of the line.
	tokenEnd = `(?:[^0-9A-Za-z_\-+/=]|$)`
	// alnumEnd ends a token made of letters and digits only.
	alnumEnd = `(?:[^0-9A-Za-z]|$)`
	// tokenStart starts a token: the start of the line or a character
	// that cannot be part of it.
	tokenStart = `(?:^|[^0-9A-Za-z_\-+/])`
	// uuidRe is a UUID of any version, either case.
	uuidRe = `[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`
)

// nameSuffix is the rest of an identifier after a provider's name
// (HEROKU + _API_KEY): up to 25 identifier characters that do not end in
// "id", because an identifier ending in id (HEROKU_APP_ID, VERCEL_ORG_ID,
// CLOUDFLARE_ACCOUNT_ID) holds a random-looking identifier, not a secret.
const nameSuffix = `(?:[\w.\-]{0,24}[0-9A-CE-Za-ce-z_.\-]|[\w.\-]{0,23}[0-9A-HJ-Za-hj-z_.\-][dD]|[dD])?`

// providerName captures, as group "name", one of names (ignoring case)
// and the rest of the identifier ([nameSuffix]): the one name rule of
// every rule that finds a token next to its provider's variable names, so
// that HEROKU_APP_ID and DATADOG_APP_ID are alike not secrets.
func providerName(names []string) string {
	var b strings.Builder
	writeProviderName(&b, names)
	return b.String()
}

// writeProviderName writes [providerName] to b.
func writeProviderName(b *strings.Builder, names []string) {
	n := len(`(?P<name>(?i:)`) + len(nameSuffix) + 1
	for _, name := range names {
		n += 2*len(name) + 1
	}
	b.Grow(n)
	b.WriteString(`(?P<name>(?i:`)
	for i, name := range names {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(regexp.QuoteMeta(name))
	}
	b.WriteString(`)` + nameSuffix + `)`)
}

// nearName returns a regexp for value written right after one of names
// (ignoring case): an assignment in .env, YAML, JSON, TOML, code or a
// header, e.g. HEROKU_API_KEY=..., "heroku_token": "...",
// herokuKey := "...", -H "Heroku-Token: ...". The identifier may carry up
// to 25 more characters after the name (HEROKU_API_KEY); XML elements
// (<herokuApiKey>...) count too. The identifier
// is the group named name (so that a named rule wins over a bare-prefix
// rule on the same token, and `fix` knows the variable); the value is the
// group named secret.
func nearName(value string, names ...string) string {
	var b strings.Builder
	b.Grow(len(nearNameBlank) + len(value))
	writeNearName(&b, names, func(b *strings.Builder) { b.WriteString(value) })
	return b.String()
}

// nearNameBlank is what [nearName] writes between the name and the
// value, and after the value.
const nearNameBlank = `[ \t'"` + "`" + `\]]{0,3}(?:[:=]{1,3}|=>|,|\(|>|[ \t])[ \t'"` + "`" + `(]{0,5}` +
	`(?i:(?:bearer|token|basic)[ \t]+)?` + `(?P<secret>` + `)` + tokenEnd

// writeNearName writes [nearName] to b, the value written by value.
func writeNearName(b *strings.Builder, names []string, value func(*strings.Builder)) {
	writeProviderName(b, names)
	b.WriteString(nearNameBlank[:len(nearNameBlank)-len(`)`+tokenEnd)])
	value(b)
	b.WriteString(`)` + tokenEnd)
}

// keywords lower-cases names for a rule's Keywords.
func keywords(names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.ToLower(n)
	}
	return out
}

// row is one line of a provider table, the catalog's one table form: a
// compact way to write the many rules that differ only in their token
// format. A row without names finds its token anywhere, bounded on both
// sides; a row with names finds it right after one of them ([nearName]).
// Its examples are generated from gen and bad, or written by hand in ex.
type row struct {
	id, desc string
	// kw are the keywords of a prefixed row (its literal prefixes, lower
	// case); a named row uses its names.
	kw []string
	// names, when set, make the token count only right after one of them.
	names     []string
	re        string // the token (becomes the group "secret")
	sev       Severity
	rnd       float64 // MinRandomness
	check     func(string) error
	checkDesc string
	rotate    string
	// gen makes a fake value in the published format from a seed.
	gen func(seed string) string
	// bad are values in the token's position that the rule must not report.
	bad []string
	// badf, when set, makes more of them (fakes) with the examples, so
	// that building the catalog at every start makes none.
	badf func() []string
	// ex, when set, builds hand-written examples instead of the generated
	// ones (gen and bad): for formats whose examples need more than a
	// value in an assignment (headers, JSON payloads, checksums).
	ex func() Examples
}

// rule turns the row into a Rule whose examples are generated on demand
// (see [row.examples]).
func (w row) rule() Rule {
	r := Rule{
		ID:            w.id,
		Description:   w.desc,
		Keywords:      w.kw,
		MinRandomness: w.rnd,
		Check:         w.check,
		CheckDesc:     w.checkDesc,
		Severity:      w.sev,
		Rotate:        w.rotate,
	}
	if r.Severity == 0 {
		r.Severity = SeverityHigh
	}
	if r.Check == nil && strings.HasSuffix(w.re, uuidRe) {
		r.Check, r.CheckDesc = checkRandomUUID, "UUID with random digits"
	}
	if len(w.names) > 0 {
		r.Regex = nearName(w.re, w.names...)
		if r.Keywords == nil {
			r.Keywords = keywords(w.names...)
		}
	} else {
		r.Regex = tokenStart + `(?P<secret>` + w.re + `)` + tokenEnd
	}
	r.Examples = w.examples
	switch {
	case w.ex != nil:
		r.Examples = w.ex
	case w.badf != nil:
		r.Examples = func() Examples {
			v := w
			v.bad = append(slices.Clip(v.bad), w.badf()...)
			return v.examples()
		}
	}
	return r
}

// examples generates the row's examples: two true lines (an .env
// assignment and a YAML or JSON value), the bad values, a placeholder and,
// for named rows, the same value under an unrelated name.
func (w row) examples() Examples {
	var ex Examples
	v1, v2 := w.gen(w.id+"/1"), w.gen(w.id+"/2")
	lhs, key := "TOKEN", "token"
	if len(w.names) > 0 {
		n := strings.Trim(strings.Map(identChar, w.names[0]), "_")
		lhs, key = strings.ToUpper(n), strings.ToLower(n)
		if !strings.HasSuffix(key, "key") && !strings.HasSuffix(key, "token") && !strings.HasSuffix(key, "secret") {
			lhs, key = lhs+"_KEY", key+"_token"
		}
		ex.False = append(ex.False,
			"UNRELATED_VALUE="+v1,
			lhs+"=${"+lhs+"}",
			strings.ToUpper(n)+"_ACCOUNT_ID="+v1,
			strings.ToLower(n)+"AppId: "+v1,
		)
	} else {
		ex.False = append(ex.False, lhs+"="+placeholderOf(v1))
	}
	ex.True = []string{lhs + "=" + v1, "  " + key + `: "` + v2 + `"`}
	for _, b := range w.bad {
		ex.False = append(ex.False, lhs+"="+b)
	}
	return ex
}

// identChar maps a provider name to identifier characters.
func identChar(c rune) rune {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return c
	}
	return '_'
}

// placeholderOf keeps the first quarter of v and writes x over the rest,
// the way documentation shows a token's shape.
func placeholderOf(v string) string {
	keep := len(v) / 4
	return v[:keep] + strings.Repeat("x", len(v)-keep)
}

// rows turns a table into rules.
func rows(ws ...row) []Rule {
	out := make([]Rule, len(ws))
	for i, w := range ws {
		out[i] = w.rule()
	}
	return out
}

// gen returns a generator of prefix + n characters of charset + suffix.
func gen(prefix, charset string, n int, suffix string) func(string) string {
	return func(seed string) string { return prefix + fake(seed, charset, n) + suffix }
}

// genUUID returns a generator of prefix + a UUID.
func genUUID(prefix string) func(string) string {
	return func(seed string) string { return prefix + fakeUUID(seed) }
}
