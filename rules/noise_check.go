package rules

import (
	"strings"

	"github.com/envguard/envguard/rules/vocab"
)

// Values that sit where a secret could but are something else, seen in
// real trees (issue 11): identifiers and type names, object keys and
// paths, namespaced names, timestamps and hand-typed sequential
// placeholders. notCredential names what v is, or returns "".
func notCredential(v string) string {
	switch {
	case isCamelIdentifier(v):
		return "an identifier in camelCase"
	case isObjectPath(v):
		return "a path or an object key"
	case isNamespaced(v):
		return "a namespaced name or an algorithm and size"
	case isTimestamp(v):
		return "a timestamp"
	case isSequential(v):
		return "a hand-typed sequential placeholder"
	case isKeyboardMash(v):
		return "keys of the keyboard's home row typed as a stand-in"
	case isVerifierKey(v):
		return "a signed-note verifier key, which is public"
	case documentedValues[v]:
		return "a value documented in a specification's examples"
	case len(v) > 1 && v[0] == '_' && strings.Trim(v, "_abcdefghijklmnopqrstuvwxyz") == "":
		return "a name with a leading underscore"
	}
	return ""
}

// isCamelIdentifier reports names such as thumbprintList or Ec2KeyName:
// two or more camel-case parts, each a run of letters with a vowel (and
// digits after its first letter), none of them long.
func isCamelIdentifier(v string) bool {
	if len(v) > 48 || !vocab.IsIdentifier(v) || strings.Contains(v, "_") {
		return false
	}
	parts := 0
	for i := 0; i < len(v); {
		j := i + 1
		for j < len(v) && !vocab.IsUpper(v[j]) {
			j++
		}
		p := v[i:j]
		if len(p) < 2 || len(p) > 14 || !vocab.IsLetter(p[0]) || !hasVowel(p) || upperRun(p) {
			return false
		}
		digits := false
		for k := 1; k < len(p); k++ {
			switch {
			case vocab.IsDigit(p[k]):
				digits = true
			case digits:
				if k < len(p)-1 && vocab.IsDigit(p[k+1]) {
					return false // letters and digits interleaved: random
				}
			}
		}
		parts++
		i = j
	}
	return parts >= 2
}

func hasVowel(p string) bool { return strings.ContainsAny(strings.ToLower(p), "aeiouy") }

// upperRun reports a part of more than one upper-case letter (camel case
// splits before each).
func upperRun(p string) bool { return len(p) > 1 && vocab.IsUpper(p[1]) }

// isObjectPath reports a value with a "/" and one of "-._", which base64
// (standard: no "-._"; URL-safe: no "/") never has: a path or an object
// key such as my-app/5026-stage-150723_222618.war, or a file name.
func isObjectPath(v string) bool {
	if strings.ContainsAny(v, "+=") {
		return false
	}
	if strings.Contains(v, "/") && strings.ContainsAny(v, "-._") {
		return true
	}
	// A file name: a dash or underscore and a short extension
	// (RHEL5export-i-fh8sjjsq.ova).
	dot := strings.LastIndexByte(v, '.')
	if dot < 1 || len(v)-dot-1 < 2 || len(v)-dot-1 > 4 || !strings.ContainsAny(v[:dot], "-_") {
		return false
	}
	for i := dot + 1; i < len(v); i++ {
		if !vocab.IsLower(v[i]) {
			return false
		}
	}
	return true
}

// isNamespaced reports "ns:name" with a short lower-case namespace
// (ec2:Tenancy, rsa:3072, aws:SourceIp).
func isNamespaced(v string) bool {
	ns, name, ok := strings.Cut(v, ":")
	if !ok || len(ns) < 2 || len(ns) > 6 || len(name) == 0 || len(name) > 24 || !vocab.IsLower(ns[0]) {
		return false
	}
	for i := 0; i < len(ns); i++ {
		if !vocab.IsLower(ns[i]) && !vocab.IsDigit(ns[i]) {
			return false
		}
	}
	return allDigits(name) || isCamelIdentifier(name) || vocab.LooksLikeWords(name) || isCamelIdentifier("x"+name)
}

// isTimestamp reports an ISO 8601 date and time: 2022-03-16T03:45:09+00:00.
func isTimestamp(v string) bool {
	if len(v) < 16 {
		return false
	}
	for i, c := range []byte(v[:16]) {
		switch i {
		case 4, 7:
			if c != '-' {
				return false
			}
		case 10:
			if c != 'T' && c != ' ' && c != '_' {
				return false
			}
		case 13:
			if c != ':' {
				return false
			}
		default:
			if !vocab.IsDigit(c) {
				return false
			}
		}
	}
	return true
}

// isSequential reports values typed by hand as a stand-in: most letters
// follow the one before them in the alphabet and most digits the one
// before them (a1b2c3d4567890ab, AB1C2defGHijkLMNo3Pq..., a123b45c6d78e9f0).
func isSequential(v string) bool {
	var prevL, prevD byte
	var letters, lseq, digits, dseq int
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case vocab.IsLetter(c):
			c |= 0x20
			if prevL != 0 {
				letters++
				if c == prevL+1 || c == prevL || prevL == 'z' && c == 'a' {
					lseq++
				}
			}
			prevL = c
		case vocab.IsDigit(c):
			if prevD != 0 {
				digits++
				if c == prevD+1 || prevD == '9' && c == '0' {
					dseq++
				}
			}
			prevD = c
		}
	}
	if letters+digits < 12 {
		return false
	}
	if (lseq+dseq)*10 >= (letters+digits)*7 {
		return true
	}
	// The alphabet typed in order (abcdef) amid repeated letters
	// (agabcdefddddafdd): a run of five that random text of this length
	// holds about once in ten thousand values, with most other steps
	// sequential or repeats too.
	return (lseq+dseq)*2 >= letters+digits && alphabetRun(v) >= 5
}

// alphabetRun is the length of v's longest run of letters that follow
// each other in the alphabet (case folded): 6 in "agabcdefdd".
func alphabetRun(v string) int {
	best, run := 0, 0
	var prev byte
	for i := 0; i < len(v); i++ {
		c := v[i] | 0x20
		if c < 'a' || c > 'z' {
			run, prev = 0, 0
			continue
		}
		if prev != 0 && c == prev+1 {
			run++
		} else {
			run = 1
		}
		prev = c
		best = max(best, run)
	}
	return best
}

// documentedValues are tokens printed in specifications' examples (RFC
// 6749's access and refresh tokens), copied into docs and tests.
var documentedValues = map[string]bool{
	"2YotnFZFEjr1zCsicMWpAA": true, "tGzv3JOkF0XG5Qx2TlKWIA": true,
	"8xLOxBtZp8": true, "SplxlOBeZQQYbYS6WxSbIA": true, "mF_9.B5f-4.1JqM": true,
	"h480djs93hd8": true,
}

// isVerifierKey reports a Go checksum database (signed note) verifier
// key, name+hash+key: a public key. Its private form starts with
// PRIVATE+KEY+ and is not matched.
func isVerifierKey(v string) bool {
	parts := strings.SplitN(v, "+", 3)
	if len(parts) < 3 || strings.HasPrefix(v, "PRIVATE+") {
		return false
	}
	h, key := parts[1], parts[2]
	return len(h) == 8 && allHex(h) && len(key) >= 40 && key[0] == 'A'
}

// isKeyboardMash reports values whose letters (five or more) are nearly
// all from the keyboard's home row: sdlfkj452, askfjh234as9sd8.
func isKeyboardMash(v string) bool {
	letters, home := 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i] | 0x20
		if c < 'a' || c > 'z' {
			continue
		}
		letters++
		if strings.IndexByte("asdfghjkl", c) >= 0 {
			home++
		}
	}
	return letters >= 5 && home*20 >= letters*17
}
