package config

import (
	"fmt"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// gitleaksFile is the part of a gitleaks config (v8) an import reads.
type gitleaksFile struct {
	Title  string `toml:"title"`
	Extend struct {
		UseDefault    bool     `toml:"useDefault"`
		Path          string   `toml:"path"`
		URL           string   `toml:"url"`
		DisabledRules []string `toml:"disabledRules"`
	} `toml:"extend"`
	Rules      []gitleaksRule      `toml:"rules"`
	Allowlist  *gitleaksAllowlist  `toml:"allowlist"`
	Allowlists []gitleaksAllowlist `toml:"allowlists"`
}

type gitleaksRule struct {
	ID          string              `toml:"id"`
	Description string              `toml:"description"`
	Regex       string              `toml:"regex"`
	SecretGroup int                 `toml:"secretGroup"`
	Entropy     float64             `toml:"entropy"`
	Keywords    []string            `toml:"keywords"`
	Path        string              `toml:"path"`
	Allowlist   *gitleaksAllowlist  `toml:"allowlist"`
	Allowlists  []gitleaksAllowlist `toml:"allowlists"`
	Required    []any               `toml:"required"`
	SkipReport  bool                `toml:"skipReport"`
}

type gitleaksAllowlist struct {
	Description string   `toml:"description"`
	Condition   string   `toml:"condition"`
	Commits     []string `toml:"commits"`
	Paths       []string `toml:"paths"`
	RegexTarget string   `toml:"regexTarget"`
	Regexes     []string `toml:"regexes"`
	Stopwords   []string `toml:"stopwords"`
}

// ImportGitleaks converts a gitleaks config into an .envguard.toml:
// global allowlists (paths as globs, secret regexes, stopwords) and
// custom rules (id, description, regex, secret group, entropy, keywords,
// path as a glob). What envguard has no place for (commit allowlists,
// per-rule allowlists, regexes on the line or match, composite rules,
// extend) is named in a warning.
func ImportGitleaks(name string, data []byte) (*ImportResult, error) {
	var f gitleaksFile
	if err := toml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: not a gitleaks config: %v", name, err)
	}
	var raw map[string]any
	_ = toml.Unmarshal(data, &raw)
	d := &importDoc{from: name}
	for _, k := range sortedKeys(raw) {
		switch k {
		case "title", "description", "minVersion", "extend", "rules", "allowlist", "allowlists":
		default:
			d.warnf("%s: key %q is not converted", name, k)
		}
	}
	if f.Extend.UseDefault || f.Extend.Path != "" || f.Extend.URL != "" {
		d.warnf("%s: [extend] is not converted: envguard always runs its own built-in rules ('envguard rules' lists them)", name)
	}
	if len(f.Extend.DisabledRules) > 0 {
		d.warnf("%s: extend.disabledRules %s name gitleaks rules: disable envguard's own with disabled_rules (ids from 'envguard rules')", name, strings.Join(f.Extend.DisabledRules, ", "))
	}
	lists := f.Allowlists
	if f.Allowlist != nil {
		lists = append([]gitleaksAllowlist{*f.Allowlist}, lists...)
	}
	for i, al := range lists {
		d.globalAllowlist(fmt.Sprintf("%s: allowlist %d", name, i+1), al)
	}
	for _, r := range f.Rules {
		d.gitleaksRule(name, r)
	}
	return d.finish()
}

func (d *importDoc) globalAllowlist(where string, al gitleaksAllowlist) {
	if al.Condition != "" && strings.ToUpper(al.Condition) == "AND" {
		d.warnf("%s: condition = \"AND\" has no envguard form: each part was converted on its own, which hides more; check it", where)
	}
	if len(al.Commits) > 0 {
		d.warnf("%s: commits (%d) are not converted: envguard allows findings by place and secret; accept them with 'envguard baseline --all'", where, len(al.Commits))
	}
	for _, p := range al.Paths {
		if glob, ok := d.addPathRegex(where, p); ok {
			d.paths = append(d.paths, pathEntry{glob: glob, comment: "gitleaks: " + p})
		}
	}
	if len(al.Regexes) > 0 {
		switch al.RegexTarget {
		case "", "secret":
			for _, re := range al.Regexes {
				d.addRegex(where, re)
			}
		default:
			d.warnf("%s: regexes (%d) with regexTarget = %q are not converted: envguard's allow regexes test the secret; use an inline '# envguard:allow' comment or a stopword", where, len(al.Regexes), al.RegexTarget)
		}
	}
	d.stopwords = append(d.stopwords, al.Stopwords...)
}

func (d *importDoc) gitleaksRule(name string, r gitleaksRule) {
	where := fmt.Sprintf("%s: rule %q", name, r.ID)
	switch {
	case r.ID == "":
		d.warnf("%s: a rule without an id is not converted", name)
		return
	case r.Regex == "":
		d.warnf("%s: a rule on file paths only has no envguard form: not converted", where)
		return
	case len(r.Required) > 0:
		d.warnf("%s: composite rules (required) have no envguard form: the main regex was converted alone", where)
	}
	if r.SkipReport {
		d.warnf("%s: skipReport has no envguard form: not converted", where)
		return
	}
	ir := importRule{id: r.ID, description: r.Description, regex: r.Regex, secretGroup: r.SecretGroup, entropy: r.Entropy}
	for _, k := range r.Keywords {
		ir.keywords = append(ir.keywords, strings.ToLower(k))
	}
	if r.Path != "" {
		glob, ok := d.addPathRegex(where, r.Path)
		if !ok {
			d.warnf("%s: without its path the rule would run on every file: not converted", where)
			return
		}
		ir.paths = []string{glob}
	}
	if r.Allowlist != nil || len(r.Allowlists) > 0 {
		d.warnf("%s: its allowlist is not converted (envguard allowlists are global): add what it needs to [allowlist], or use inline '# envguard:allow' comments", where)
	}
	ir.comments = []string{"from gitleaks rule " + r.ID}
	d.rules = append(d.rules, ir)
}
