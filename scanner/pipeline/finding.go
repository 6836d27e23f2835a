package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/envguard/envguard/rules/engine"
	"github.com/envguard/envguard/rules/keys"
)

// Finding is one leaked secret (or env guard violation) at one place.
// It carries no styling; reports decide how to show it.
type Finding struct {
	RuleID      string
	Description string
	Severity    engine.Severity
	// Path is slash-separated, relative to the repository or scan root.
	Path string
	// Line and Column are 1-based; Column counts bytes. EndLine is the line
	// where the secret ends.
	Line, Column, EndLine int
	// Commit is set for history and range scans.
	Commit *Commit
	// Secret is redacted whenever it is printed or marshalled.
	Secret Secret
	// Name is the identifier the secret was assigned to, when known.
	Name string
	// KeyKind is the kind of fresh key that can replace the secret.
	KeyKind keys.KeyKind
	// Rotate is the provider's page for revoking the secret, when known.
	Rotate string
	// Message adds detail for findings that are not plain secrets (env
	// guard violations).
	Message string
	// Fingerprint is a stable hash of the rule id and the secret; see
	// [Fingerprint].
	Fingerprint string
	// Suppressed says why the finding is not reported; nil means it is.
	Suppressed *Reason
	// Also lists the further places of the same secret found by the same
	// rule in one scan, when the scan reports each secret once.
	Also []Location
}

// Location is one further place of a finding's secret.
type Location struct {
	Path         string
	Line, Column int
	// Commit is set for history and range scans.
	Commit *Commit
}

// Reason records why a finding or candidate was not reported.
type Reason struct {
	// Kind is one of "inline-allow", "path", "regex", "stopword",
	// "baseline", "disabled-rule", "rule-paths" (a custom rule's paths
	// do not cover the file).
	Kind string
	// Detail is human-readable: the glob, the pattern, the allow comment.
	Detail string
}

// String formats r as "kind: detail".
func (r Reason) String() string {
	if r.Detail == "" {
		return r.Kind
	}
	return r.Kind + ": " + r.Detail
}

// Fingerprint returns the stable identity of a secret found by a rule: a
// SHA-256 of the rule id and the secret, in hex. It does not depend on the
// path, line or commit, so moved lines and rebased commits keep it, and a
// different secret on the same line gets another one.
func Fingerprint(ruleID, secret string) string {
	h := sha256.New()
	h.Write([]byte(ruleID))
	h.Write([]byte{0})
	h.Write([]byte(secret))
	return hex.EncodeToString(h.Sum(nil))
}

// Secret holds a secret value. Its String, GoString, Format-through-%v and
// MarshalJSON all redact it; only [Secret.Reveal] returns the raw value.
//
// The value sits behind a pointer: fmt prints the fields of a struct held
// in an unexported field by reflection, without calling String, and a
// pointer there prints as an address, not as the secret.
type Secret struct{ raw *string }

// NewSecret wraps s.
func NewSecret(s string) Secret { return Secret{raw: &s} }

// Reveal returns the raw secret. Call it only when the user asked for
// secrets to be shown (--show-secrets) or to hash or replace the value.
func (s Secret) Reveal() string {
	if s.raw == nil {
		return ""
	}
	return *s.raw
}

// String returns the redacted form: at most the first 4 characters of a
// long secret followed by asterisks, never more than a quarter of it.
func (s Secret) String() string { return Redact(s.Reveal()) }

// GoString redacts too, so %#v does not leak.
func (s Secret) GoString() string { return Redact(s.Reveal()) }

// MarshalJSON writes the redacted form.
func (s Secret) MarshalJSON() ([]byte, error) { return json.Marshal(Redact(s.Reveal())) }

// MarshalText writes the redacted form.
func (s Secret) MarshalText() ([]byte, error) { return []byte(Redact(s.Reveal())), nil }

// Len is the length of the raw secret in bytes.
func (s Secret) Len() int { return len(s.Reveal()) }

// Redact hides a secret: it keeps at most 4 leading characters, and only
// for secrets of 16 bytes or more (a provider prefix like "ghp_" helps the
// reader), and replaces the rest with asterisks. Multi-line secrets keep
// only their first line's prefix.
func Redact(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	keep := 0
	if len(s) >= 16 {
		keep = 4
		for keep > 0 && !utf8.RuneStart(s[keep]) {
			keep--
		}
	}
	return s[:keep] + strings.Repeat("*", 8)
}
