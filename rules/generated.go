package rules

import (
	"encoding/base64"
	"strings"

	"github.com/envguard/envguard/rules/vocab"
)

// generatedKeyRules covers keys that applications generate for themselves
// and that envguard can replace with a fresh one: Fernet keys, values of
// the shape of Python's secrets.token_hex / token_urlsafe assigned to a
// secret name, Django's SECRET_KEY and age identities.
func generatedKeyRules() []Rule {
	return []Rule{fernetRule(), djangoRule(), ageRule(), hexAssignmentRule(), urlsafeAssignmentRule()}
}

// fernetName is a name that may hold a Fernet key: one with "key",
// "fernet", "secret", "token", "crypt" or "cipher" in it (not go.sum's
// "h1:", whose hashes have the same shape).
const fernetName = `(?P<name>` + nameChars + `*(?i:key|fernet|secret|token|crypt|cipher)` + nameChars + `*)`

// fernetRegex finds a Fernet key assigned to a name or passed to
// Fernet(...), in any quoting, Python bytes literals included.
func fernetRegex() string {
	return `(?:(?:^|[^A-Za-z0-9_.\-])` + fernetName + assignOp + `|(?i:fernet)\([ \t]*(?:key[ \t]*=[ \t]*)?)` +
		valueOpen + `(?P<secret>[A-Za-z0-9_\-]{43}=)(?:[^A-Za-z0-9_\-=]|$)`
}

func fernetRule() Rule {
	k1, k2 := exampleFernet("fernet-1"), exampleFernet("fernet-2")
	return Rule{
		ID:          "fernet-key",
		Description: "Fernet symmetric key (Python cryptography)",
		Keywords:    []string{"key", "fernet", "secret", "token"},
		Regex:       fernetRegex(),
		Gate:        fernetGate,
		Check:       checkFernetKey,
		CheckDesc:   "URL-safe base64 of exactly 32 bytes",
		Severity:    SeverityHigh,
		KeyKind:     KindFernet,
		Examples: func() Examples {
			return Examples{
				True: []string{
					"key = b'" + k1 + "'",
					`key = b"` + k1 + `"`,
					"FERNET_KEY=" + k2,
					`FERNET_KEY="` + k2 + `"`,
					"f = Fernet(b'" + k1 + "')",
					`  encryption_key: "` + k2 + `"`,
					`{"fernet_key": "` + k1 + `"}`,
					`cipher = Fernet(key=b"` + k2 + `")`,
					`export APP_CRYPT_KEY='` + k1 + `'`,
				},
				False: []string{
					"key = Fernet.generate_key()",
					"key = b'" + strings.Repeat("A", 43) + "='",
					"FERNET_KEY=" + k2[:42] + "==",
					`integrity: "sha256-` + k1 + `"`,
					"key = b'" + k1[:40] + "'",
				},
			}
		},
	}
}

func djangoRule() Rule {
	k := exampleDjango("django-1")
	return Rule{
		ID:          "django-secret-key",
		Description: "Django SECRET_KEY",
		Keywords:    []string{"secret_key"},
		Regex: `(?:^|[^A-Za-z0-9_])(?P<name>(?i:[A-Za-z0-9_]*SECRET_KEY))` + assignOp + valueOpen +
			`(?P<secret>(?:django-insecure-)?[a-z0-9!@#$%^&*(\-_=+)]{50})(?:["'\x60\s]|$)`,
		Check:            checkDjangoKey,
		CheckDesc:        "50 characters of get_random_secret_key's alphabet, random",
		Severity:         SeverityHigh,
		KeyKind:          KindDjango,
		KeepPlaceholders: true,
		Examples: func() Examples {
			return Examples{
				True: []string{
					"SECRET_KEY = 'django-insecure-" + k + "'",
					`SECRET_KEY = "` + k + `"`,
					"DJANGO_SECRET_KEY=" + k,
					`  SECRET_KEY: "` + k + `"`,
				},
				False: []string{
					`SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`,
					"SECRET_KEY = 'django-insecure-" + strings.Repeat("x", 50) + "'",
					"SECRET_KEY = 'change-me-to-a-long-random-string-in-production-ok'",
					"SECRET_KEY = env('SECRET_KEY', default='')",
				},
			}
		},
	}
}

func ageRule() Rule {
	k := exampleAge("age-1")
	bad := k[:len(k)-1] + "Q"
	if bad == k {
		bad = k[:len(k)-1] + "P"
	}
	return Rule{
		ID:          "age-secret-key",
		Description: "age X25519 identity (secret key)",
		Keywords:    []string{"age-secret-key-1"},
		Regex:       `(?P<secret>(?i:AGE-SECRET-KEY-1)[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7Lqpzry9x8gf2tvdw0s3jn54khce6mua7l]{58})(?:[^A-Za-z0-9]|$)`,
		Check:       checkAgeKey,
		CheckDesc:   "bech32 checksum; 32 bytes",
		Severity:    SeverityCritical,
		Examples: func() Examples {
			return Examples{
				True:  []string{"# created: 2026-01-01T00:00:00Z\n# public key: age1fake\n" + k, "SOPS_AGE_KEY=" + k},
				False: []string{bad, "AGE-SECRET-KEY-1" + strings.Repeat("Q", 58), "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"},
			}
		},
	}
}

func hexAssignmentRule() Rule {
	h32, h16 := exampleHex("hex-1", 32), exampleHex("hex-2", 16)
	return Rule{
		ID:          "hex-secret-assignment",
		Description: "secret-named variable assigned a random hex string (secrets.token_hex shape)",
		Keywords:    vocab.SecretNameKeywords(),
		Regex:       assignmentRegex(genericValue),
		Gate:        assignmentGate,
		CheckMatch:  checkAssignment,
		Check:       checkHexSecret,
		CheckDesc:   "even-length hex of 32+ digits, one case, random",
		Severity:    SeverityHigh,
		KeyKind:     KindHex,
		Generic:     true,
		Examples: func() Examples {
			return Examples{
				True: []string{
					"SECRET_KEY=" + h32,
					`WEBHOOK_SECRET = "` + h16 + `"`,
					`session_secret: '` + strings.ToUpper(h16) + `'`,
					`{"apiToken": "` + h32 + `"}`,
				},
				False: []string{
					`commit_sha = "` + h32[:40] + `"`,
					`cache_key = "` + h32 + `"`,
					`SECRET_KEY = "` + strings.Repeat("0123456789abcdef", 4) + `"`,
					`token_hash = "sha256:` + h32 + `"`,
				},
			}
		},
	}
}

func urlsafeAssignmentRule() Rule {
	u32, u24 := exampleURLSafe("urlsafe-1", 32), exampleURLSafe("urlsafe-2", 24)
	return Rule{
		ID:          "urlsafe-secret-assignment",
		Description: "secret-named variable assigned a random URL-safe token (secrets.token_urlsafe shape)",
		Keywords:    vocab.SecretNameKeywords(),
		Regex:       assignmentRegex(genericValue),
		Gate:        assignmentGate,
		CheckMatch:  checkAssignment,
		Check:       checkURLSafeSecret,
		CheckDesc:   "URL-safe base64 of 20+ characters, random, not words",
		Severity:    SeverityHigh,
		KeyKind:     KindURLSafe,
		Generic:     true,
		Examples: func() Examples {
			return Examples{
				True: []string{
					"API_TOKEN=" + u32,
					`SESSION_SECRET = "` + u24 + `"`,
					`  auth_token: ` + u32,
					`export COOKIE_SIGNING_KEY='` + u24 + `'`,
				},
				False: []string{
					`SESSION_SECRET = "user_session_cookie_name_v2"`,
					`API_TOKEN = "sk_test_placeholder_value_here"`,
					`cache_key = "` + u32 + `"`,
					`auth_token = request.headers["Authorization"]`,
				},
			}
		},
	}
}

// Example values built from exampleBytes.
func exampleFernet(label string) string {
	return base64.URLEncoding.EncodeToString(exampleBytes(label, 32))
}

func exampleDjango(label string) string {
	b := exampleBytes(label, 50)
	for i := range b {
		b[i] = djangoKeyChars[int(b[i])%len(djangoKeyChars)]
	}
	return string(b)
}

func exampleAge(label string) string { return bech32Encode("age-secret-key-", exampleBytes(label, 32)) }
