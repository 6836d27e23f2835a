package config

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// ImportResult is another scanner's config converted to .envguard.toml.
type ImportResult struct {
	// TOML is the text of the new .envguard.toml; it parses with [Parse].
	TOML string
	// Warnings say what could not be converted, or was converted only
	// approximately, and what to do about it.
	Warnings []string
}

// importDoc collects what an import converts, then writes it as TOML.
type importDoc struct {
	from      string
	paths     []pathEntry
	regexes   []string
	stopwords []string
	rules     []importRule
	warnings  []string
}

type pathEntry struct{ glob, comment string }

type importRule struct {
	id, description, regex string
	secretGroup            int
	entropy                float64
	keywords, paths        []string
	comments               []string
}

func (d *importDoc) warnf(format string, a ...any) {
	d.warnings = append(d.warnings, fmt.Sprintf(format, a...))
}

// addPathRegex converts one path regex to a glob, or warns.
func (d *importDoc) addPathRegex(where, re string) (string, bool) {
	glob, exact, ok := RegexToGlob(re)
	if !ok {
		d.warnf("%s: path regex %q has no glob form: write one by hand in [allowlist] paths (for example \"tests/**\" or \"*_test.py\")", where, re)
		return "", false
	}
	if !exact {
		d.warnf("%s: path regex %q became the glob %q, which is close but not identical: check it", where, re, glob)
	}
	return glob, true
}

// addRegex keeps an allow regex when RE2 compiles it and it cannot match
// the empty string (which would hide every finding).
func (d *importDoc) addRegex(where, re string) {
	r, err := regexp.Compile(re)
	switch {
	case err != nil:
		d.warnf("%s: regex %q is not RE2 syntax (%v): rewrite it by hand", where, re, err)
	case r.MatchString(""):
		d.warnf("%s: regex %q matches the empty string and would hide every finding: left out", where, re)
	default:
		d.regexes = append(d.regexes, re)
	}
}

// toml writes the document. Every string is a TOML literal string when
// it can be one, so regexes keep their backslashes.
func (d *importDoc) toml() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# .envguard.toml converted from %s by 'envguard config import'.\n# Review it: see the warnings the import printed.\n", d.from)
	if len(d.paths)+len(d.regexes)+len(d.stopwords) > 0 {
		b.WriteString("\n[allowlist]\n")
		if len(d.paths) > 0 {
			b.WriteString("paths = [\n")
			for _, p := range d.paths {
				fmt.Fprintf(&b, "  %s,", tomlString(p.glob))
				if p.comment != "" {
					fmt.Fprintf(&b, " # %s", oneLineComment(p.comment))
				}
				b.WriteString("\n")
			}
			b.WriteString("]\n")
		}
		writeList(&b, "regexes", d.regexes)
		writeList(&b, "stopwords", d.stopwords)
	}
	for _, r := range d.rules {
		b.WriteString("\n")
		for _, c := range r.comments {
			fmt.Fprintf(&b, "# %s\n", oneLineComment(c))
		}
		b.WriteString("[[rule]]\n")
		fmt.Fprintf(&b, "id = %s\n", tomlString(r.id))
		if r.description != "" {
			fmt.Fprintf(&b, "description = %s\n", tomlString(r.description))
		}
		fmt.Fprintf(&b, "regex = %s\n", tomlString(r.regex))
		if r.secretGroup > 0 {
			fmt.Fprintf(&b, "secret_group = %d\n", r.secretGroup)
		}
		if r.entropy > 0 {
			fmt.Fprintf(&b, "entropy = %g\n", r.entropy)
		}
		writeList(&b, "keywords", r.keywords)
		writeList(&b, "paths", r.paths)
	}
	return b.String()
}

func writeList(b *strings.Builder, key string, vs []string) {
	if len(vs) == 0 {
		return
	}
	fmt.Fprintf(b, "%s = [", key)
	for i, v := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(tomlString(v))
	}
	b.WriteString("]\n")
}

// tomlString quotes s for TOML: a literal string ('...') when s has no
// single quote or control character, else a basic string with escapes.
func tomlString(s string) string {
	if !strings.ContainsAny(s, "'\n\r\t") && !hasControl(s) {
		return "'" + s + "'"
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func hasControl(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return true
		}
	}
	return false
}

func oneLineComment(s string) string { return strings.Join(strings.Fields(s), " ") }

// finish writes the document and checks that envguard reads it back; a
// rule it refuses is dropped with a warning rather than failing the whole
// import.
func (d *importDoc) finish() (*ImportResult, error) {
	d.stopwords = dedupe(d.stopwords)
	d.regexes = dedupe(d.regexes)
	for {
		text := d.toml()
		_, err := Parse("imported.toml", []byte(text))
		if err == nil {
			return &ImportResult{TOML: text, Warnings: d.warnings}, nil
		}
		ce, ok := err.(*Error)
		if !ok || !d.dropRuleAt(text, ce) {
			return nil, fmt.Errorf("the converted config does not load (%v): please report this", err)
		}
	}
}

// dropRuleAt removes the rule whose [[rule]] block holds the error's line.
func (d *importDoc) dropRuleAt(text string, e *Error) bool {
	lines := strings.Split(text, "\n")
	n := -1
	for i := 0; i < len(lines) && i < e.Line; i++ {
		if lines[i] == "[[rule]]" {
			n++
		}
	}
	if n < 0 || n >= len(d.rules) {
		return false
	}
	d.warnf("rule %q: envguard cannot use it (%s): left out", d.rules[n].id, e.Msg)
	d.rules = append(d.rules[:n], d.rules[n+1:]...)
	return true
}

func dedupe(vs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range vs {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// sortedKeys returns m's keys in order, for stable warnings.
func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
