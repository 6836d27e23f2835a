package config

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/allow"
)

// fill checks raw and copies it into c. Every error names the line.
func (c *Config) fill(raw *rawFile) error {
	if err := c.checkGlobs("allowlist.paths", raw.Allowlist.Paths); err != nil {
		return err
	}
	for i, re := range raw.Allowlist.Regexes {
		// The pattern is not quoted: an allow pattern is often the very
		// secret it lets through.
		compiled, err := regexp.Compile(re)
		if err != nil {
			return c.errAt(fmt.Sprintf("allowlist.regexes.%d", i), "write the pattern in Go's RE2 syntax (https://golang.org/s/re2syntax); in TOML, prefer 'single quotes' so backslashes stay as they are",
				"allowlist.regexes: bad regexp: %v", regexpMsg(err))
		}
		if compiled.MatchString("") {
			return c.errAt(fmt.Sprintf("allowlist.regexes.%d", i), "write a pattern that matches only the secrets to allow, such as '^EXAMPLE[A-Z0-9]{16}$'",
				"allowlist.regexes: the regexp matches the empty string, so it would allow every finding")
		}
	}
	for i, w := range raw.Allowlist.Stopwords {
		if strings.TrimSpace(w) == "" {
			return c.errAt(fmt.Sprintf("allowlist.stopwords.%d", i), "remove the empty stopword", "allowlist.stopwords: empty stopword")
		}
	}
	c.AllowPaths, c.AllowRegexes, c.Stopwords = raw.Allowlist.Paths, raw.Allowlist.Regexes, raw.Allowlist.Stopwords
	if err := c.checkGlobs("allowlist.unscanned", raw.Allowlist.Unscanned); err != nil {
		return err
	}
	if len(raw.Allowlist.Unscanned) > 0 {
		c.Unscanned = raw.Allowlist.Unscanned
		c.unscanned, _ = allow.NewPathSet(c.Unscanned) // checked just above
	}
	for i, id := range raw.DisabledRules {
		if id == "" {
			return c.errAt(fmt.Sprintf("disabled_rules.%d", i), "remove the empty id", "disabled_rules: empty rule id")
		}
	}
	c.DisabledRules = raw.DisabledRules
	size, err := c.maxFileSize(raw.MaxFileSize)
	if err != nil {
		return err
	}
	c.MaxFileSize = size
	if err := c.checkGlobs("env.files", raw.Env.Files); err != nil {
		return err
	}
	if err := c.checkGlobs("env.examples", raw.Env.Examples); err != nil {
		return err
	}
	c.EnvFiles, c.ExampleFiles = raw.Env.Files, raw.Env.Examples
	seen := map[string]int{}
	for i := range raw.Rule {
		cr, err := c.customRule(i, &raw.Rule[i])
		if err != nil {
			return err
		}
		if first, dup := seen[cr.ID]; dup {
			return &Error{Path: c.Path, Line: cr.Line, Msg: fmt.Sprintf("rule %q is defined twice (first on line %d)", cr.ID, first),
				Fix: "give each [[rule]] its own id"}
		}
		seen[cr.ID] = cr.Line
		c.Custom = append(c.Custom, cr)
	}
	return nil
}

// checkGlobs validates doublestar globs, naming the bad one's line.
func (c *Config) checkGlobs(key string, globs []string) error {
	for i, g := range globs {
		if _, err := allow.NewPathSet([]string{g}); err != nil || !doublestar.ValidatePattern(g) {
			return c.errAt(fmt.Sprintf("%s.%d", key, i), "write a doublestar glob such as \"config/*.json\", \"**/*.lock\" or \"vendor/**\"",
				"%s: bad glob (entry %d)", key, i+1)
		}
	}
	return nil
}

// maxFileSize reads max_file_size: a number of bytes or a string with a
// unit ("10MiB").
func (c *Config) maxFileSize(v any) (int64, error) {
	fix := "write a number of bytes or a size such as \"10MiB\" or \"512KiB\""
	switch v := v.(type) {
	case nil:
		return 0, nil
	case int64:
		if v < 0 {
			return 0, c.errAt("max_file_size", fix, "max_file_size: negative size %d", v)
		}
		return v, nil
	case string:
		n, err := ParseSize(v)
		if err != nil {
			return 0, c.errAt("max_file_size", fix, "max_file_size: not a size") // the value is not quoted: see Parse
		}
		return n, nil
	}
	return 0, c.errAt("max_file_size", fix, "max_file_size: expected a number or a string, found %T", v)
}

// ParseSize reads a byte count with an optional unit: k, m, g (powers of
// 1024), with or without "i" and "b" ("10MiB", "512k", "1048576").
func ParseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10}, {"gb", 1 << 30}, {"mb", 1 << 20}, {"kb", 1 << 10}, {"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64/mult {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return n * mult, nil
}

// customRule checks the i-th [[rule]] and converts it.
func (c *Config) customRule(i int, r *rawRule) (CustomRule, error) {
	at := func(key string) string { return fmt.Sprintf("rule.%d.%s", i, key) }
	cr := CustomRule{ID: r.ID, Description: r.Description, Regex: r.Regex, SecretGroup: r.SecretGroup,
		Entropy: r.Entropy, Paths: r.Paths, Line: c.pos.line(fmt.Sprintf("rule.%d", i))}
	if r.ID == "" {
		return cr, c.errAt(fmt.Sprintf("rule.%d", i), "add id = \"my-rule\" (lower-case, dash-separated) to the rule",
			"rule %d has no id", i+1)
	}
	if r.Regex == "" {
		return cr, c.errAt(fmt.Sprintf("rule.%d", i), "add regex = '...' with the secret in a capture group",
			"rule %q has no regex", r.ID)
	}
	re, err := regexp.Compile(r.Regex)
	if err != nil {
		return cr, c.errAt(at("regex"), "write the pattern in Go's RE2 syntax (https://golang.org/s/re2syntax); in TOML, prefer 'single quotes' so backslashes stay as they are",
			"rule %q: bad regex: %v", r.ID, regexpMsg(err))
	}
	if n := re.NumSubexp(); r.SecretGroup < 0 || r.SecretGroup > n {
		return cr, c.errAt(at("secret_group"), fmt.Sprintf("use a group between 0 and %d (0: the group named \"secret\", else group 1, else the whole match)", n),
			"rule %q: secret_group %d but the regex has %d groups", r.ID, r.SecretGroup, n)
	}
	if r.Entropy < 0 || r.Entropy > 8 || math.IsNaN(r.Entropy) {
		return cr, c.errAt(at("entropy"), "use bits per character between 0 and 8 (random hex is about 4, random base64 about 6)",
			"rule %q: entropy %v is out of range", r.ID, r.Entropy)
	}
	for j, k := range r.Keywords {
		k = strings.ToLower(k)
		if len(k) < 3 {
			return cr, c.errAt(fmt.Sprintf("rule.%d.keywords.%d", i, j), "use literals of 3 bytes or more that occur on the line of every match, or no keywords at all",
				"rule %q: keyword %d is shorter than 3 bytes", r.ID, j+1)
		}
		cr.Keywords = append(cr.Keywords, k)
	}
	if err := c.checkGlobs(at("paths"), r.Paths); err != nil {
		return cr, err
	}
	sev, ok := parseSeverity(r.Severity)
	if !ok {
		return cr, c.errAt(at("severity"), "use low, medium, high or critical", "rule %q: unknown severity", r.ID)
	}
	cr.Severity = sev
	rr := cr.rule()
	if err := rr.Validate(); err != nil {
		return cr, c.errAt(fmt.Sprintf("rule.%d", i), "see the README section on config", "%v", err)
	}
	return cr, nil
}

// parseSeverity reads a severity name; empty means high.
func parseSeverity(s string) (rules.Severity, bool) {
	switch strings.ToLower(s) {
	case "", "high":
		return rules.SeverityHigh, true
	case "low":
		return rules.SeverityLow, true
	case "medium":
		return rules.SeverityMedium, true
	case "critical":
		return rules.SeverityCritical, true
	}
	return 0, false
}

// regexpMsg shortens a regexp error to its reason, without the text of
// the pattern (which may hold a secret).
func regexpMsg(err error) string {
	var se *syntax.Error
	if errors.As(err, &se) {
		return string(se.Code)
	}
	return "the pattern does not compile"
}
