package envguard

import (
	"net/netip"
	"net/url"
	"strconv"
	"strings"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/rules/keys"
	"github.com/envguard/envguard/rules/vocab"
	"github.com/envguard/envguard/scanner/internal/dotenv"
)

// Class is what a value in an example file is.
type Class int

// The classes of values, from harmless to violation.
const (
	ClassEmpty       Class = iota // KEY=
	ClassPlaceholder              // changeme, <your-key>, ${VAR}, xxxx, documented example keys
	ClassConfig                   // booleans, numbers, hosts, URLs without credentials, log levels
	ClassSecret                   // looks like a real credential: a violation in an example
)

// String returns "empty", "placeholder", "config" or "secret".
func (c Class) String() string {
	return [...]string{"empty", "placeholder", "config", "secret"}[c]
}

// Verdict is the class of one value and why.
type Verdict struct {
	Class Class
	// Reason is a short phrase: "matches rule stripe-secret-key",
	// "random-looking value for a secret-named key", ...
	Reason string
	// RuleID is the rule that matched, when one did.
	RuleID string
	// Secret is the part of the value that looks real (the password of a
	// URL, or the whole value).
	Secret string
	// KeyKind is the kind of fresh key that replaces a secret: the
	// matching rule's, else a guess from the value (see keys.Guess).
	KeyKind rules.KeyKind
}

// Classify judges the value of e, an entry of an example file. It is
// generous about placeholders and strict about values that look real:
// a value is secret-like when a rule of set matches it (set may be nil),
// when a secret-named key holds a random-looking value, when a URL holds a
// real-looking password, or when any key holds a long random string.
func Classify(e *dotenv.Entry, set *rules.Set) Verdict {
	v := strings.TrimSpace(e.Value)
	switch {
	case v == "":
		return Verdict{Class: ClassEmpty}
	case e.IsReference():
		return Verdict{Class: ClassPlaceholder, Reason: "reference to another variable"}
	}
	if u, ok := urlPassword(v); ok {
		if isPlaceholder(u) || strings.HasPrefix(u, "$") {
			return Verdict{Class: ClassPlaceholder, Reason: "URL with a placeholder password"}
		}
		if looksLikePassword(u) {
			return secretVerdict(e, "URL with a real-looking password", u)
		}
	}
	if m, ok := ruleMatch(e.Key, e.Value, set); ok {
		return Verdict{Class: ClassSecret, Reason: "matches rule " + m.Rule.ID, RuleID: m.Rule.ID, Secret: m.Secret, KeyKind: m.Rule.KeyKind}
	}
	if plainConfig(v) {
		return Verdict{Class: ClassConfig}
	}
	if isPlaceholder(v) {
		return Verdict{Class: ClassPlaceholder, Reason: "placeholder"}
	}
	if SecretName(e.Key) && !strings.Contains(v, "://") && looksLikePassword(v) {
		return secretVerdict(e, "real-looking value for a secret-named key", v)
	}
	if looksRandom(v, 32, 0.9) && !strings.Contains(v, "://") && !PublicName(e.Key) {
		return secretVerdict(e, "long random value", v)
	}
	return Verdict{Class: ClassConfig}
}

// secretVerdict is the verdict on a secret-like value of e that no rule
// matched: its key kind is guessed from the whole value.
func secretVerdict(e *dotenv.Entry, reason, secret string) Verdict {
	return Verdict{Class: ClassSecret, Reason: reason, Secret: secret, KeyKind: keys.Guess(e.Key, e.Value)}
}

// ruleMatch runs the rule set over "KEY=value" and returns the first
// match that is not rejected. A specific rule is trusted (it has its own
// placeholder checks); a generic one gives way to the example-file
// placeholders of [isPlaceholder] ("secret", "password", "test", ...).
func ruleMatch(key, value string, set *rules.Set) (rules.Match, bool) {
	if set == nil {
		return rules.Match{}, false
	}
	var found rules.Match
	ok := false
	set.Match([]byte(key+"="+value), func(m rules.Match) {
		if !ok && (!m.Rule.Generic || !isPlaceholder(m.Secret)) {
			found, ok = m, true
		}
	})
	return found, ok
}

// urlPassword returns the password of a URL-shaped value
// (scheme://user:password@host...).
func urlPassword(v string) (string, bool) {
	i := strings.Index(v, "://")
	if i <= 0 || strings.ContainsAny(v, " \t\n") {
		return "", false
	}
	u, err := url.Parse(v)
	if err != nil || u.User == nil {
		// url.Parse refuses some real DSNs (a '#' or '%' in the
		// password); read the userinfo by hand.
		rest := v[i+3:]
		at := strings.LastIndex(rest, "@")
		if at < 0 {
			return "", false
		}
		user := rest[:at]
		if c := strings.IndexByte(user, ':'); c >= 0 && !strings.Contains(user, "/") {
			return user[c+1:], user[c+1:] != ""
		}
		return "", false
	}
	p, ok := u.User.Password()
	return p, ok && p != ""
}

// isPlaceholder is [vocab.IsStandIn]: [vocab.IsPlaceholder] plus the
// stand-ins example files use.
func isPlaceholder(v string) bool { return vocab.IsStandIn(v) }

// configValues are values that configure rather than authenticate.
var configValues = map[string]bool{
	"true": true, "false": true, "yes": true, "no": true, "on": true, "off": true, "enabled": true, "disabled": true,
	"debug": true, "info": true, "warn": true, "warning": true, "error": true, "fatal": true, "trace": true, "verbose": true,
	"development": true, "production": true, "staging": true, "local": true, "dev": true, "prod": true,
	"localhost": true, "http": true, "https": true, "json": true, "text": true, "utf-8": true, "utf8": true,
}

// plainConfig reports values that are obviously configuration: booleans,
// numbers, log levels, environment names, host:port, and URLs without a
// password.
func plainConfig(v string) bool {
	l := strings.ToLower(v)
	if configValues[l] {
		return true
	}
	if _, err := strconv.ParseFloat(v, 64); err == nil && len(v) < 16 {
		return true
	}
	if pathLike(v) {
		return true
	}
	if strings.Contains(v, "://") {
		_, hasPassword := urlPassword(v)
		return !hasPassword && !strings.ContainsAny(v, " \t")
	}
	// host, host:port, IP addresses, comma-separated host lists.
	for _, part := range strings.Split(l, ",") {
		host, port, found := strings.Cut(strings.TrimSpace(part), ":")
		if found {
			if _, err := strconv.Atoi(port); err != nil {
				return false
			}
		}
		if !hostLike(host) {
			return false
		}
	}
	return true
}

// hostLike reports "localhost", an IP address or a dotted domain name.
func hostLike(h string) bool {
	if h == "localhost" || isIP(h) {
		return true
	}
	if !strings.Contains(h, ".") || strings.HasPrefix(h, ".") || strings.HasSuffix(h, ".") {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	last := h[strings.LastIndexByte(h, '.')+1:]
	_, err := strconv.Atoi(last)
	return err != nil // "1.2" is a number, not a host
}

// pathLike reports a file path: absolute, relative to ".", "..", "~", or
// a Windows drive, without blanks.
func pathLike(v string) bool {
	if strings.ContainsAny(v, " \t") {
		return false
	}
	for _, p := range []string{"/", "./", "../", "~/"} {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return len(v) > 3 && v[1] == ':' && (v[2] == '\\' || v[2] == '/')
}

// isIP reports an IPv4 or IPv6 address (net/netip: the net package would
// link the C resolver into every build).
func isIP(h string) bool {
	_, err := netip.ParseAddr(h)
	return err == nil
}
