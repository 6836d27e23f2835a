// Package allow holds the filters that suppress findings: path globs,
// regexes and stopwords from the config, disabled rules, rules limited to
// some paths, and the baseline of accepted findings.
//
// # Contract
//
// Every filter is a [pipeline.Filter]: safe for concurrent use, and when it
// suppresses a finding it says why as a [pipeline.Reason], which --verbose
// shows. Filters never see or keep more of a secret than the finding they
// are given.
package allow

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/envguard/envguard/scanner/pipeline"
)

// Reason kinds the filters of this package record.
const (
	KindPath         = "path"
	KindRegex        = "regex"
	KindStopword     = "stopword"
	KindDisabledRule = "disabled-rule"
	KindRulePaths    = "rule-paths"
	KindBaseline     = "baseline"
)

// Paths suppresses findings in files that match any of its globs.
type Paths struct{ set *PathSet }

// NewPaths compiles globs (see [PathSet] for their meaning).
func NewPaths(globs []string) (*Paths, error) {
	s, err := NewPathSet(globs)
	if err != nil {
		return nil, err
	}
	return &Paths{set: s}, nil
}

// Check implements [pipeline.Filter].
func (p *Paths) Check(f *pipeline.Finding) (pipeline.Reason, bool) {
	if g, ok := p.set.Match(f.Path); ok {
		return pipeline.Reason{Kind: KindPath, Detail: g}, true
	}
	return pipeline.Reason{}, false
}

// Regexes suppresses findings whose secret matches any of its patterns.
type Regexes struct{ res []*regexp.Regexp }

// NewRegexes compiles patterns (RE2 syntax, matched against the secret).
// A pattern that matches the empty string is refused: it would match
// every secret. Errors do not quote the pattern, which may be a secret.
func NewRegexes(patterns []string) (*Regexes, error) {
	r := &Regexes{}
	for i, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("allowlist regex %d does not compile", i+1)
		}
		if re.MatchString("") {
			return nil, fmt.Errorf("allowlist regex %d matches the empty string, so it would allow every finding", i+1)
		}
		r.res = append(r.res, re)
	}
	return r, nil
}

// Check implements [pipeline.Filter].
func (r *Regexes) Check(f *pipeline.Finding) (pipeline.Reason, bool) {
	s := f.Secret.Reveal()
	if s == "" {
		return pipeline.Reason{}, false
	}
	for _, re := range r.res {
		if re.MatchString(s) {
			return pipeline.Reason{Kind: KindRegex, Detail: re.String()}, true
		}
	}
	return pipeline.Reason{}, false
}

// Stopwords suppresses findings whose secret contains any of its words,
// compared without regard to case.
type Stopwords struct{ words []string }

// NewStopwords returns a filter for words; empty words are ignored.
func NewStopwords(words []string) *Stopwords {
	s := &Stopwords{}
	for _, w := range words {
		if w = strings.ToLower(w); w != "" {
			s.words = append(s.words, w)
		}
	}
	return s
}

// Check implements [pipeline.Filter].
func (s *Stopwords) Check(f *pipeline.Finding) (pipeline.Reason, bool) {
	if len(s.words) == 0 || f.Secret.Len() == 0 {
		return pipeline.Reason{}, false
	}
	secret := strings.ToLower(f.Secret.Reveal())
	for _, w := range s.words {
		if strings.Contains(secret, w) {
			return pipeline.Reason{Kind: KindStopword, Detail: w}, true
		}
	}
	return pipeline.Reason{}, false
}

// DisabledRules suppresses findings of the rules it names. The config also
// removes disabled rules from the rule set; this filter catches findings
// made outside it, such as the env guard's env/* checks.
type DisabledRules struct{ ids map[string]bool }

// NewDisabledRules returns a filter for the rule ids given.
func NewDisabledRules(ids []string) *DisabledRules {
	d := &DisabledRules{ids: make(map[string]bool, len(ids))}
	for _, id := range ids {
		d.ids[id] = true
	}
	return d
}

// Check implements [pipeline.Filter].
func (d *DisabledRules) Check(f *pipeline.Finding) (pipeline.Reason, bool) {
	if d.ids[f.RuleID] {
		return pipeline.Reason{Kind: KindDisabledRule, Detail: f.RuleID}, true
	}
	return pipeline.Reason{}, false
}

// RulePaths limits rules to some files: a finding of a listed rule in a
// file that matches none of the rule's globs is suppressed.
type RulePaths struct{ sets map[string]*PathSet }

// NewRulePaths compiles, for each rule id, the globs where it applies.
func NewRulePaths(byRule map[string][]string) (*RulePaths, error) {
	r := &RulePaths{sets: make(map[string]*PathSet, len(byRule))}
	for id, globs := range byRule {
		s, err := NewPathSet(globs)
		if err != nil {
			return nil, fmt.Errorf("rule %q: %w", id, err)
		}
		r.sets[id] = s
	}
	return r, nil
}

// Check implements [pipeline.Filter].
func (r *RulePaths) Check(f *pipeline.Finding) (pipeline.Reason, bool) {
	s, ok := r.sets[f.RuleID]
	if !ok {
		return pipeline.Reason{}, false
	}
	if _, in := s.Match(f.Path); in {
		return pipeline.Reason{}, false
	}
	return pipeline.Reason{Kind: KindRulePaths, Detail: "the rule applies only to " + strings.Join(s.globs, ", ")}, true
}
