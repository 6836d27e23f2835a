package rules

import (
	"errors"
	"strings"

	"github.com/envguard/envguard/rules/vocab"
)

// Helpers that keep the provider tables of observability.go, auth.go,
// secretstores.go and credfiles.go flat.

const (
	// tokStart and tokEnd bound a token: the line's edge or a character
	// that cannot continue it.
	tokStart = `(?:^|[^A-Za-z0-9_\-+/.])`
	tokEnd   = `(?:[^A-Za-z0-9_\-+/=]|$)`
)

// spec is one row of a provider table.
type spec struct {
	id, desc  string
	keywords  []string
	re        string // the token; becomes group "secret"
	names     []string
	sev       Severity
	check     func(string) error
	validator string
	rotate    string
	// ex builds the rule's examples, on demand.
	ex func() Examples
}

// prefixed builds a rule for a token with a distinctive shape (usually a
// prefix): the token anywhere, bounded on both sides.
func prefixed(s spec) Rule {
	r := s.rule()
	r.Regex = tokStart + `(?P<secret>` + s.re + `)` + tokEnd
	return r
}

// named builds a rule for a token whose shape is not distinctive, found
// right after one of the names (case-insensitive): DATADOG_API_KEY=...,
// "x-honeycomb-team": "...", -H "SSWS ...". The names are the keywords.
func named(s spec) Rule {
	if len(s.keywords) == 0 {
		s.keywords = make([]string, len(s.names))
		for i, n := range s.names {
			s.keywords[i] = strings.ToLower(n)
		}
	}
	r := s.rule()
	r.Regex = nearNames(s.names) + `(?P<secret>` + s.re + `)` + tokEnd
	return r
}

// nearNames matches one of names and the rest of its identifier
// ([providerName]: DATADOG + _API_KEY, never an identifier ending in ID),
// an assignment or header separator, an optional quote and an optional
// scheme word (Bearer, SSWS, Splunk, token).
func nearNames(names []string) string {
	return providerName(names) +
		`(?:\\?["'\x60\]])?[ \t]*(?:[:=]{1,3}>?|,|[ \t])[ \t]*(?:[a-z]?\\?["'\x60(])?[ \t]*` +
		`(?i:(?:bearer|token|ssws|splunk|basic|key|apikey|api-key)[ \t]+)?`
}

func (s spec) rule() Rule {
	if s.sev == 0 {
		s.sev = SeverityHigh
	}
	return Rule{
		ID:          s.id,
		Description: s.desc,
		Keywords:    s.keywords,
		Check:       s.check,
		Validator:   s.validator,
		Severity:    s.sev,
		Rotate:      s.rotate,
		Examples:    s.ex,
	}
}

// Character sets of example tokens.
const (
	exHex     = "0123456789abcdef"
	exHexUp   = "0123456789ABCDEF"
	exLowNum  = "abcdefghijklmnopqrstuvwxyz0123456789"
	exUpNum   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	exAlnum   = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	exURLSafe = exAlnum + "-_"
	exAlpha   = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)

// exampleChars returns n characters of charset derived from label: a fake
// in a provider's alphabet that never was a credential.
func exampleChars(label, charset string, n int) string {
	raw := exampleBytes("chars/"+label, 2*n+32)
	out := make([]byte, 0, n)
	limit := 256 - 256%len(charset)
	for _, b := range raw {
		if int(b) < limit {
			out = append(out, charset[int(b)%len(charset)])
			if len(out) == n {
				return string(out)
			}
		}
	}
	for len(out) < n {
		out = append(out, charset[len(out)%len(charset)])
	}
	return string(out)
}

// exampleUUID returns a version 4 UUID derived from label.
func exampleUUID(label string) string {
	h := exampleHex("uuid/"+label, 16)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:32]
}

// errNotRandom rejects values that read like words or repeat themselves.
var errNotRandom = errors.New("not random enough for its charset")

// errNotBase64 and errPlaceholder are the reasons of the credential file
// validators.
var (
	errNotBase64   = errors.New("not base64 of a credential")
	errPlaceholder = errors.New("a placeholder or reference")
)

// checkRandom returns a validator that rejects values that read like words
// or are less random than min for their charset.
func checkRandom(min float64) func(string) error {
	return func(s string) error {
		if vocab.LooksLikeWords(s) {
			return errNotRandom
		}
		if vocab.Randomness(s) < min {
			return errNotRandom
		}
		return nil
	}
}

// checkUUIDRandom accepts UUIDs that are not placeholders (all zero,
// sequential), for providers whose keys are UUIDs.
func checkUUIDRandom(s string) error {
	if vocab.Randomness(strings.ReplaceAll(s, "-", "")) < 0.75 {
		return errNotRandom
	}
	return nil
}
