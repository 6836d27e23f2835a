package rules

import (
	"regexp"
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
	tokenStart = `(?:^|[^0-9A-Za-z_\-+/=])`
	// uuidRe is a UUID of any version, either case.
	uuidRe = `[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`
)

// nearName returns a regexp for value written right after one of names
// (ignoring case): an assignment in .env, YAML, JSON, TOML, code or a
// header, e.g. HEROKU_API_KEY=..., "heroku_token": "...",
// herokuKey := "...", -H "Heroku-Token: ...". The identifier may carry up
// to 25 more characters after the name (HEROKU_API_KEY). The value is
// the group named secret.
func nearName(value string, names ...string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = regexp.QuoteMeta(n)
	}
	return `(?i:` + strings.Join(quoted, "|") + `)[\w.\-]{0,25}` +
		`[ \t'"` + "`" + `\]]{0,3}(?:[:=]{1,3}|=>|,|\(|[ \t])[ \t'"` + "`" + `(]{0,5}` +
		`(?i:(?:bearer|token|basic)[ \t]+)?` +
		`(?P<secret>` + value + `)` + tokenEnd
}

// keywords lower-cases names for a rule's Keywords.
func keywords(names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.ToLower(n)
	}
	return out
}
