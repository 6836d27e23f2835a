package rules

import (
	"errors"
	"net/url"
	"strings"

	"github.com/envguard/envguard/rules/vocab"
)

// Documented demo credentials: the pairs that tutorials, ORMs' docs and
// test suites write in example URLs. A real-looking password at the same
// place is still reported.

// demoUsers are users whose every password in an example is a demo one
// (Oracle's scott/tiger, which SQLAlchemy's docs use throughout).
// RFC 7617's Aladdin/open sesame is the example of HTTP basic auth.
var demoUsers = map[string]bool{"scott": true, "aladdin": true}

// demoPairs are documented user:password pairs.
var demoPairs = map[string]bool{
	"scott:tiger": true, "foo:bar": true, "user:pass": true, "username:password": true,
	"admin:admin": true, "root:root": true, "guest:guest": true, "test:test": true,
	"alice:secret": true, "bob:secret": true, "john:doe": true, "me:secret": true,
	"s6bhdrkqt3:gx1fbat3bv": true, // RFC 6749's client credentials
}

// errDemo rejects a documented demo credential.
var errDemo = errors.New("a documented demo credential")

// checkURLCredential is checkURLPassword with the URL around the
// password: a demo pair, a password that repeats the user, or words at a
// local or example host are not reported.
func checkURLCredential(pw, match string) error {
	user, host := urlUserHost(match)
	return checkDemoCredential(user, pw, host)
}

// urlUserHost returns the user and the host of the last URL in match, which
// ends at the host (see urlUserinfo).
func urlUserHost(match string) (user, host string) {
	i := strings.LastIndex(match, "://")
	if i < 0 {
		return "", ""
	}
	rest := match[i+3:]
	at := strings.LastIndexByte(rest, '@')
	if at < 0 {
		return "", ""
	}
	userinfo := rest[:at]
	if j := strings.LastIndexByte(userinfo, ','); j >= 0 {
		userinfo = userinfo[j+1:] // a multi-host URL: host:port,user:pw@host
	}
	user, _, _ = strings.Cut(userinfo, ":")
	return unescape(user), strings.TrimRight(rest[at+1:], "/ \t\r\n")
}

// checkDemoCredential rejects documented demo credentials: a known pair or
// user, a password equal to or holding its user name, and a password that
// reads like words at a local, example or stand-in host, or that names a
// password ("some_pass", "secured_password").
func checkDemoCredential(user, pw, host string) error {
	p := unescape(pw)
	lu, lp := strings.ToLower(user), strings.ToLower(p)
	switch {
	case isPasswordWord(p):
		return errors.New("the word password, spelled with a symbol or two")
	case demoUsers[lu] || demoPairs[lu+":"+lp]:
		return errDemo
	case len(lu) >= 3 && strings.Contains(lp, lu):
		return errors.New("the password repeats the user name")
	case isPhrase(p):
		return errors.New("an English phrase (a test case's name), not a password")
	}
	if isDemoHost(host) && checkGeneric(p, false) != nil {
		return errors.New("a password that is not random at a local or example host")
	}
	if !vocab.LooksLikeWords(p) && !isShortWord(p) {
		return nil
	}
	for _, w := range []string{"pass", "pwd", "secret", "example", "sample", "dummy", "fake"} {
		if strings.Contains(lp, w) {
			return errors.New("a password's name, not a password")
		}
	}
	return nil
}

// functionWords are the little words of English sentences. Word lists
// for generated passphrases (diceware, EFF's) leave them out, so a
// hyphenated value that has one reads as a phrase someone wrote
// (too-late-in-file), not as a passphrase.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "in": true, "on": true, "at": true, "to": true,
	"of": true, "too": true, "is": true, "for": true, "by": true, "not": true, "no": true,
	"and": true, "or": true, "it": true, "be": true, "as": true, "with": true,
}

// isPhrase reports a lower-case phrase of three or more words joined by
// hyphens or underscores, one of them a function word: too-late-in-file.
func isPhrase(p string) bool {
	parts := strings.FieldsFunc(p, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) < 3 || strings.Count(p, "-")+strings.Count(p, "_") != len(parts)-1 {
		return false
	}
	function := false
	for _, w := range parts {
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			return false
		}
		function = function || functionWords[w]
	}
	return function
}

// isShortWord reports a password of 3 to 12 lower-case letters, one word.
func isShortWord(p string) bool {
	if len(p) < 3 || len(p) > 12 {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] < 'a' || p[i] > 'z' {
			return false
		}
	}
	return true
}

// isDemoHost reports hosts of examples and local setups: localhost and the
// loopback addresses, the reserved example and test domains, and one-label
// names: stand-ins such as "hostname" or "hostspec" and local services.
func isDemoHost(host string) bool {
	h := strings.ToLower(strings.Trim(host, "[]"))
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.Contains(h[:i], ":") {
		h = h[:i]
	}
	switch {
	case h == "" || h == "localhost" || h == "::1" || h == "0.0.0.0" || strings.HasPrefix(h, "127."):
		return true
	case h == "example" || strings.HasPrefix(h, "example.") || strings.Contains(h, ".example."):
		return true
	}
	for _, tld := range []string{".example", ".test", ".invalid", ".localhost", ".local", ".localdomain"} {
		if strings.HasSuffix(h, tld) {
			return true
		}
	}
	// A stand-in: "host.domain.com", "myhost.mydomain".
	if first, _, _ := strings.Cut(h, "."); strings.Contains(first, "host") || strings.HasSuffix(h, "domain.com") {
		return true
	}
	// One label: a stand-in ("hostname", "hostspec") or a service of a
	// local compose setup, never a host on the internet.
	return !strings.Contains(h, ".")
}

// unescape percent-decodes s once; s is returned as is when it is not
// valid percent-encoding.
func unescape(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

// demoPasswords are the passwords of documented demo users; a value made
// of one and a suffix of symbols and digits ("tiger^5HHH") is one too.
var demoPasswords = []string{"tiger"}

// isDemoPassword reports a demo password, alone or with a suffix that
// holds no letter run of its own longer than a few characters.
func isDemoPassword(v string) bool {
	l := strings.ToLower(v)
	for _, d := range demoPasswords {
		if l == d {
			return true
		}
		if strings.HasPrefix(l, d) && len(l) <= len(d)+6 && !vocab.IsAlnum(l[len(d)]) {
			return true
		}
	}
	return false
}

// isPasswordWord reports "password" and its kin spelled with a symbol or
// digit inserted or substituted: p@ssw0rd, pa%2Fssword, passwo^rd.
func isPasswordWord(p string) bool {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i] | 0x20
		switch p[i] {
		case '@', '4':
			c = 'a'
		case '0':
			c = 'o'
		case '1', '!':
			c = 'i'
		case '3':
			c = 'e'
		case '$', '5':
			c = 's'
		}
		if c >= 'a' && c <= 'z' {
			b.WriteByte(c)
		}
	}
	switch b.String() {
	case "password", "passwd", "passwrd", "pasword", "pass", "secret", "opensesame", "letmein":
		return true
	}
	return false
}

// checkNetrcCredential applies the demo checks to a .netrc entry: its
// machine is the host and its login the user.
func checkNetrcCredential(pw, match string) error {
	f := strings.Fields(match)
	var user, host string
	for i := 0; i+1 < len(f); i++ {
		switch f[i] {
		case "machine":
			host = f[i+1]
		case "login":
			user = f[i+1]
		}
	}
	return checkDemoCredential(user, pw, host)
}
