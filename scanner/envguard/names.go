package envguard

import (
	"strings"

	"github.com/envguard/envguard/rules"
)

// secretWords mark a key as holding a secret when one of its words
// (split at '_', '-', '.') is one of them.
var secretWords = map[string]bool{
	"KEY": true, "APIKEY": true, "SECRET": true, "SECRETS": true, "TOKEN": true, "TOKENS": true,
	"PASSWORD": true, "PASSWD": true, "PASS": true, "PWD": true, "PASSPHRASE": true,
	"CREDENTIAL": true, "CREDENTIALS": true, "CREDS": true, "PRIVATE": true, "AUTH": true,
	"SALT": true, "PEPPER": true, "HMAC": true, "SIGNING": true, "SIGNATURE": true,
	"ENCRYPTION": true, "CIPHER": true, "JWT": true, "BEARER": true, "COOKIE": true,
	"CLIENTSECRET": true, "ACCESSKEY": true, "SECRETKEY": true,
}

// configWords, as a key's last word, say the value describes a secret
// rather than being one: AUTH_URL, TOKEN_TTL, PASSWORD_MIN_LENGTH.
var configWords = map[string]bool{
	"URL": true, "URI": true, "HOST": true, "HOSTNAME": true, "PORT": true, "PATH": true, "FILE": true,
	"DIR": true, "NAME": true, "USER": true, "USERNAME": true, "ID": true, "ENABLED": true,
	"ENABLE": true, "DISABLED": true, "TTL": true, "EXPIRY": true, "EXPIRES": true, "EXPIRATION": true,
	"TIMEOUT": true, "LENGTH": true, "LEN": true, "SIZE": true, "ALGORITHM": true, "ALG": true,
	"TYPE": true, "MODE": true, "PROVIDER": true, "DOMAIN": true, "ENDPOINT": true, "REGION": true,
	"VERSION": true, "HEADER": true, "PREFIX": true, "FORMAT": true, "COUNT": true, "LIMIT": true,
	"LIFETIME": true, "ISSUER": true, "AUDIENCE": true, "SCOPE": true, "SCOPES": true,
	"STRATEGY": true, "METHOD": true, "ROUNDS": true, "COST": true, "FIELD": true, "ALIAS": true,
	"REQUIRED": true, "POLICY": true, "BACKEND": true, "STORE": true, "DRIVER": true, "SECURE": true,
	"HTTPONLY": true, "SAMESITE": true, "AGE": true, "MINUTES": true, "SECONDS": true, "HOURS": true,
	"DAYS": true, "LOCATION": true, "REALM": true, "CALLBACK": true, "REDIRECT": true, "ROLE": true,
	"ARN": true, "BUCKET": true, "QUEUE": true, "TOPIC": true, "TABLE": true, "EMAIL": true,
	"SENDER": true, "CHANNEL": true, "PROJECT": true, "ACCOUNT": true, "TENANT": true, "ORG": true,
	"CACHE": true, "REGISTRY": true, "SERVER": true, "SERVICE": true, "KIND": true, "LEVEL": true,
}

// publicWords mark a key whose value is public by design: a publishable
// key, a public key, anything Next.js ships to the browser (NEXT_PUBLIC_).
var publicWords = map[string]bool{"PUBLIC": true, "PUBLISHABLE": true, "PUB": true}

// PublicName reports whether a key says its value is public (PUBLIC_KEY,
// STRIPE_PUBLISHABLE_KEY, NEXT_PUBLIC_...): only a rule match makes such
// a value secret-like.
func PublicName(key string) bool {
	for _, w := range keyWords(key) {
		if publicWords[w] {
			return true
		}
	}
	return false
}

func keyWords(key string) []string {
	return strings.FieldsFunc(strings.ToUpper(key), func(r rune) bool { return r == '_' || r == '-' || r == '.' })
}

// SecretName reports whether an environment variable name says it holds
// a secret: *_KEY, *SECRET*, *TOKEN*, *PASSWORD*, *PASS, *_PWD,
// *CREDENTIAL*, *PRIVATE*, *AUTH*, ..., unless its last word says it is
// configuration about the secret (AUTH_URL, TOKEN_TTL, KEY_ID).
func SecretName(key string) bool {
	words := keyWords(key)
	if len(words) == 0 || configWords[words[len(words)-1]] || PublicName(key) {
		return false
	}
	for _, w := range words {
		if secretWords[w] {
			return true
		}
		for _, part := range []string{"SECRET", "TOKEN", "PASSWORD", "PASSWD", "CREDENTIAL", "PRIVATE", "APIKEY"} {
			if strings.Contains(w, part) {
				return true
			}
		}
	}
	return false
}

// looksLikeKey reports a value shaped like a generated key: long enough,
// no blanks, letters and digits mixed, and about as random as a uniformly
// random string over its alphabet.
func looksLikeKey(v string) bool {
	return looksRandom(v, 16, 0.8)
}

// looksRandom reports a value of at least minLen bytes without blanks,
// mixing letters and digits, whose [rules.Randomness] is at least min.
func looksRandom(v string, minLen int, min float64) bool {
	if len(v) < minLen || strings.ContainsAny(v, " \t\r\n") {
		return false
	}
	c := charClasses(v)
	if c&classDigit == 0 || c&(classLower|classUpper) == 0 {
		return false
	}
	return rules.Randomness(v) >= min
}

// looksLikePassword reports a value that could be a real password or key:
// key-shaped, or at least 8 bytes using three of lower case, upper case,
// digits and symbols.
func looksLikePassword(v string) bool {
	if looksLikeKey(v) {
		return true
	}
	if len(v) < 8 || strings.ContainsAny(v, " \t\r\n") || isPlaceholder(v) {
		return false
	}
	c := charClasses(v)
	n := 0
	for _, b := range []int{classLower, classUpper, classDigit, classSymbol} {
		if c&b != 0 {
			n++
		}
	}
	if n >= 3 {
		return true
	}
	// Letters and digits, long and random enough: "a8f3k29dj2kq".
	return len(v) >= 12 && c&classDigit != 0 && c&(classLower|classUpper) != 0 && rules.Randomness(v) >= 0.7
}

const (
	classLower = 1 << iota
	classUpper
	classDigit
	classSymbol
)

func charClasses(v string) int {
	c := 0
	for i := 0; i < len(v); i++ {
		switch b := v[i]; {
		case b >= 'a' && b <= 'z':
			c |= classLower
		case b >= 'A' && b <= 'Z':
			c |= classUpper
		case b >= '0' && b <= '9':
			c |= classDigit
		default:
			c |= classSymbol
		}
	}
	return c
}
