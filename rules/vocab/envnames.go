package vocab

import "strings"

// The names of environment variables, as the .env guard reads them: a
// key is split into words at '_', '-' and '.', and its words say whether
// it holds a secret. [IsSecretName] is the looser test of the rules,
// which see any identifier in any language; a key of a .env file is
// judged word by word.

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

// IsPublicEnvKey reports whether a key says its value is public (PUBLIC_KEY,
// STRIPE_PUBLISHABLE_KEY, NEXT_PUBLIC_...): only a rule match makes such
// a value secret-like.
func IsPublicEnvKey(key string) bool {
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

// IsSecretEnvKey reports whether an environment variable name says it holds
// a secret: *_KEY, *SECRET*, *TOKEN*, *PASSWORD*, *PASS, *_PWD,
// *CREDENTIAL*, *PRIVATE*, *AUTH*, ..., unless its last word says it is
// configuration about the secret (AUTH_URL, TOKEN_TTL, KEY_ID).
func IsSecretEnvKey(key string) bool {
	words := keyWords(key)
	if len(words) == 0 || configWords[words[len(words)-1]] || IsPublicEnvKey(key) {
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
