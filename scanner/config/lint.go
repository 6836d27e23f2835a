package config

import (
	"fmt"
	"strings"
)

// Warnings lists what in the config is valid but probably not what its
// author meant: a glob that looks like a regular expression (pasted from
// a gitleaks config, "test_.*\.py"), which as a glob matches next to
// nothing. Each names the file, the line and a glob to write instead.
func (c *Config) Warnings() []string {
	var out []string
	check := func(key string, globs []string) {
		for i, g := range globs {
			if !looksLikeRegex(g) {
				continue
			}
			where := c.Path
			if line := c.pos.line(fmt.Sprintf("%s.%d", key, i)); line > 0 {
				where = fmt.Sprintf("%s:%d", c.Path, line)
			}
			msg := fmt.Sprintf("%s: %s: %q looks like a regular expression, but paths are globs", where, key, g)
			if glob, _, ok := RegexToGlob(g); ok {
				msg += fmt.Sprintf(": write %q", glob)
			} else {
				msg += " such as \"tests/**\" or \"*_test.py\""
			}
			out = append(out, msg)
		}
	}
	check("allowlist.paths", c.AllowPaths)
	check("env.files", c.EnvFiles)
	check("env.examples", c.ExampleFiles)
	for _, cr := range c.Custom {
		for _, g := range cr.Paths {
			if looksLikeRegex(g) {
				msg := fmt.Sprintf("%s:%d: rule %q: path %q looks like a regular expression, but paths are globs", c.Path, cr.Line, cr.ID, g)
				if glob, _, ok := RegexToGlob(g); ok {
					msg += fmt.Sprintf(": write %q", glob)
				}
				out = append(out, msg)
			}
		}
	}
	return out
}

// looksLikeRegex reports whether a glob holds what only a regular
// expression would: ".*", ".+", an escaped dot, anchors, or a group with
// alternatives.
func looksLikeRegex(g string) bool {
	for _, s := range []string{".*", ".+", `\.`, "(?", "[^", `\d`, `\w`, `\s`} {
		if strings.Contains(g, s) {
			return true
		}
	}
	if strings.HasPrefix(g, "^") || strings.HasSuffix(g, "$") {
		return true
	}
	return strings.Contains(g, "(") && strings.Contains(g, "|") && strings.Contains(g, ")")
}
