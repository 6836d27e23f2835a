// Package engine runs rules over text: the [Rule] type, a compiled [Set]
// with its keyword prefilter, and the resolution of overlapping matches.
// It knows no rule by its id or its text: what a rule needs beyond its
// regexp (a validator, a gate, entropy floors) travels with it as fields.
// The catalog of built-in rules is package rules.
//
// # Contract
//
// engine knows nothing of git, files or terminals. A [Set] is built once
// with [Compile] and is then read-only and safe for concurrent use.
//
// # Pipeline
//
// [Set.Match] runs, for one piece of text: keyword prefilter (which may
// let through a rule that then does not match, but never leaves out one
// that would), the rule's gate, its regexp (on the lines where a keyword
// of the rule occurs), placeholder recognition, entropy, then the rule's
// offline validator; overlapping candidates are then resolved, a specific
// rule winning over a generic one.
package engine

import (
	"errors"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/envguard/envguard/rules/keys"
)

// Severity ranks how bad a leak of a rule's secret is.
type Severity int

// Severities, from least to most severe.
const (
	SeverityLow Severity = iota + 1
	SeverityMedium
	SeverityHigh
	SeverityCritical
)

// String returns the lower-case name of s ("high").
func (s Severity) String() string {
	switch s {
	case SeverityLow:
		return "low"
	case SeverityMedium:
		return "medium"
	case SeverityHigh:
		return "high"
	case SeverityCritical:
		return "critical"
	}
	return "unknown"
}

// Examples are strings a rule must match (True) and must not report (False).
// Every built-in rule carries both; a table test runs them all.
type Examples struct {
	True  []string
	False []string
}

// Rule is one kind of secret.
//
// The secret is the capture group SecretGroup of Regex; when SecretGroup is
// 0 the group named "secret" is used if there is one, else group 1 if the
// pattern has groups, else the whole match. A group named "name", when
// present, captures the identifier the secret is assigned to (used by `fix`).
type Rule struct {
	// ID is stable, lower-case and dash-separated, e.g. "github-pat".
	ID string
	// Description is one short line, e.g. "GitHub personal access token".
	Description string
	// Keywords are lower-case literals; at least one of them occurs, in any
	// case, on the line where every match of Pattern starts (for Multiline
	// rules: somewhere before the match ends). A rule with no keywords
	// always runs.
	Keywords []string
	// Regex is an RE2 regexp (Go regexp syntax). Unless Multiline is set a
	// match must not cross a line break: use [ \t] rather than \s. A Set
	// compiles it on first use, so rules whose keywords never occur cost
	// nothing; [Set.CompileAll] checks them all up front.
	Regex string
	// SecretGroup selects the capture group holding the secret (see above).
	SecretGroup int
	// Multiline marks rules whose matches may span lines (PEM blocks).
	Multiline bool
	// MinEntropy, when above 0, is the least Shannon entropy in bits per
	// character (see [vocab.Entropy]) the secret must have.
	MinEntropy float64
	// MinRandomness, when above 0, is the least randomness the secret must
	// have ([vocab.Randomness]): its entropy relative to a uniformly random string of the same
	// length and charset (hex, base64, alphanumeric...), between 0 and 1.
	MinRandomness float64
	// Gate, when set, is a cheap necessary condition for a line to hold a
	// match of Regex that the rule would report: when it returns false the
	// regexp does not run on the line. The catalog sets it for costly
	// regexps run on common keywords (assignments, URLs); it must be a
	// plain function of the line, never true-only-sometimes.
	Gate func(line []byte) bool
	// Check is the offline validator: it returns a non-nil error saying why
	// the candidate cannot be a real secret (bad checksum, does not parse).
	Check func(secret string) error
	// CheckMatch, when set, runs after Check with the secret and the whole
	// match around it, for validators that need the context (a URL's
	// user and host beside its password). Its errors are read as Check's.
	CheckMatch func(secret, match string) error
	// CheckDesc says what Check verifies, for `envguard rules`. (Check
	// tests a candidate secret; [Rule.Validate] tests the rule itself.)
	CheckDesc string
	// Provider groups the rules of one provider ("github"): between
	// specific rules of two providers, one that matched its provider's
	// variable name wins (see [Set.Match]). Empty: the rule is its own.
	Provider string
	// Severity of a leak.
	Severity Severity
	// KeyKind is the kind of fresh key that replaces this secret, if any.
	KeyKind keys.KeyKind
	// Rotate is the provider's page for revoking and rotating the secret.
	Rotate string
	// Generic rules (assignment of a high-entropy value to a secret-like
	// name) give way to specific rules whose match overlaps theirs, and
	// their "name" group, when they have one, must name a secret (see
	// the generic family) or the match is rejected.
	Generic bool
	// Binary rules also run on binary content (private key blocks).
	Binary bool
	// Files, when set, confines the rule to files of these base names
	// (".npmrc"): [Set.MatchFile] runs it only there. A rule scoped to a
	// file type runs on text of unknown origin (an empty path) too.
	Files []string
	// KeepPlaceholders turns off placeholder recognition for this rule.
	KeepPlaceholders bool
	// Examples builds the examples the rule must match and must not
	// report. Only tests and `envguard rules` ask, so the catalog builds
	// them on demand, never on the scan path. Nil means none (a user's rule).
	Examples func() Examples
}

// Validate reports the first problem that would make r misbehave, naming
// the rule and the fix.
func (r *Rule) Validate() error {
	if r.ID == "" {
		return fmt.Errorf("rule without an id: give every rule a unique id")
	}
	if r.Regex == "" {
		return fmt.Errorf("rule %q: no regex: set one", r.ID)
	}
	if r.SecretGroup < 0 {
		return fmt.Errorf("rule %q: negative secret group %d", r.ID, r.SecretGroup)
	}
	for _, k := range r.Keywords {
		if len(k) < 3 {
			return fmt.Errorf("rule %q: keyword %q is shorter than 3 bytes: use a longer literal", r.ID, k)
		}
		if k != strings.ToLower(k) {
			return fmt.Errorf("rule %q: keyword %q is not lower-case: write it in lower case", r.ID, k)
		}
	}
	if r.MinRandomness < 0 || r.MinRandomness > 1 {
		return fmt.Errorf("rule %q: randomness %v is outside 0..1", r.ID, r.MinRandomness)
	}
	return nil
}

// CompileRegex compiles r.Regex and checks that the secret group exists.
func (r *Rule) CompileRegex() (*regexp.Regexp, error) {
	re, err := regexp.Compile(r.Regex)
	if err != nil {
		return nil, fmt.Errorf("rule %q: bad regex: %v", r.ID, err)
	}
	if n := re.NumSubexp(); r.SecretGroup > n {
		return nil, fmt.Errorf("rule %q: secret group %d but the regex has %d groups: use a group between 0 and %d", r.ID, r.SecretGroup, n, n)
	}
	return re, nil
}

// secretIndex returns the capture group of re that holds the secret.
func (r *Rule) secretIndex(re *regexp.Regexp) int {
	if r.SecretGroup > 0 {
		return r.SecretGroup
	}
	if i := re.SubexpIndex("secret"); i > 0 {
		return i
	}
	if re.NumSubexp() > 0 {
		return 1
	}
	return 0
}

// NotFormat wraps a validator's error to say that the candidate is not the
// rule's own token format at all (base64 that does not decode, the wrong
// length), as opposed to the format with a flaw (a bad checksum). Only the
// latter lets a specific rule's rejection hide a generic finding of the
// same text.
func NotFormat(err error) error { return notFormatError{err} }

type notFormatError struct{ error }

func (e notFormatError) Unwrap() error { return e.error }

// isNotFormat reports whether err was made by [NotFormat].
func isNotFormat(err error) bool {
	var nf notFormatError
	return errors.As(err, &nf)
}

// inFiles reports whether r runs on the file at p: it has no Files, p is
// unknown, or p's base name is one of them.
func (r *Rule) inFiles(p string) bool {
	if len(r.Files) == 0 || p == "" {
		return true
	}
	base := path.Base(strings.ReplaceAll(p, "\\", "/"))
	for _, f := range r.Files {
		if strings.EqualFold(base, f) {
			return true
		}
	}
	return false
}
