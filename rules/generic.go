package rules

import (
	"bytes"

	"github.com/envguard/envguard/rules/vocab"
)

// The generic rules find a secret-named identifier assigned a literal, in
// the assignment syntaxes of .env, YAML, JSON, TOML, INI, Python, JS/TS,
// Go, shell and Dockerfiles. They share one regexp shape so that the rules
// of generated.go (hex, URL-safe) report the very same span and win over
// generic-secret-assignment, which comes last.

// nameChars may appear in an identifier, a dotted path or a kebab key.
const nameChars = `[A-Za-z0-9_.\-]`

// secretName captures, as group "name", the identifier a value is
// assigned to. The regexp takes any identifier, dotted path or kebab key:
// whether it names a secret is decided in Go by [isSecretName], which the
// engine applies to every generic rule's name. A small regexp keeps the
// per-line cost low; most lines that hold a keyword are not assignments
// to a secret.
const secretName = `(?P<name>[A-Za-z_][A-Za-z0-9_.\-]*)`

// assignOp is what joins a name to its value: = := : => ||= ??= in every
// language here, a comma after a quoted name (os.environ.setdefault("K",
// "v"), define('K', 'v')), a Dockerfile ENV/ARG's space, and an optional
// string type annotation (Go's `var k string =`, TypeScript's `k: string =`,
// Rust's `K: &str =`) and a C array's brackets (`char k[] =`).
const assignOp = `(?:(?:\\?["'\x60\]]|\[\])?(?:[ \t]*:?[ \t]+(?:string|str|String|\[\]byte|bytes|&str|&'static str))?[ \t]*(?:[:=]{1,3}>?|\|\|=|\?\?=)|\\?["'][ \t]*,)[ \t]*`

// valueOpen is an optional string opener: a quote, possibly after a
// Python b/r/u/f prefix, and possibly inside a list's bracket
// (SECRET_KEY_FALLBACKS = ["..."]) or a byte wrapper (Go's []byte("..."),
// Node's Buffer.from("...")).
const valueOpen = `(?:(?:\[[ \t]*|(?:\[\]byte|Buffer\.from|bytes|bytearray)\([ \t]*)?(?:b|r|u|f|rb|br|B|R)?\\?["'\x60])?`

// genericValue is an unquoted or quoted literal, at least 8 bytes, up to
// the next quote, blank, comma, semicolon, backslash or bracket. A value
// followed by an opening bracket is a call or an index in code
// (strings.TrimPrefix(pwd, ...), m.keys[i]), not a literal.
const genericValue = `(?P<secret>[^\s"'\x60,;\\<>()\[\]{}]{8,})(?:[\s"'\x60,;\\<>)\]}]|$)`

// assignmentRegex builds the shared assignment shape: a name boundary, the
// secret name, the operator, the opener and the value.
func assignmentRegex(value string) string {
	return `(?:^|[^A-Za-z0-9_.\-])` + secretName + assignOp + valueOpen + value
}

// genericRules is the generic assignment rule, the JWT rule and the legacy
// Dockerfile ENV form.
func genericRules() []Rule {
	return []Rule{jwtRule(), dockerfileEnvRule(), defineRule(), listRule(), genericAssignmentRule()}
}

// likeAssignment gives r the validator, severity and key kind of
// generic-secret-assignment: the rules of the assignment's other shapes
// (a list, a Dockerfile ENV, a #define) judge the value alike.
func likeAssignment(r Rule) Rule {
	r.Check, r.CheckDesc = checkGenericSecret, "as generic-secret-assignment"
	r.Severity, r.KeyKind, r.Generic = SeverityMedium, KindPassword, true
	return r
}

// listRule finds a list literal under a plural secret name (FERNET_KEYS =
// ["..."], API_TOKENS: ['...']). A plural name alone names a collection
// of anything (cache_keys, tokens of a parser), so the generic rule skips
// it; a list of quoted random-looking literals under it is a keyring. The
// name group holds the singular, which must name a secret as elsewhere;
// the first element is reported (a rule of its own, such as fernet-key,
// reports each element it knows and wins over this one).
func listRule() Rule {
	return likeAssignment(Rule{
		ID:          "generic-secret-list",
		Description: "plural secret-named variable assigned a list of random-looking literals",
		Keywords:    []string{"keys", "tokens", "secrets", "passwords"},
		Gate:        listGate,
		Regex: `(?:^|[^A-Za-z0-9_.\-])(?P<name>[A-Za-z_][A-Za-z0-9_.\-]*?(?i:key|token|secret|password))[sS]` +
			assignOp + `\[[ \t]*(?:b|r|u)?["'\x60]` + genericValue,
		Examples: func() Examples {
			return Examples{
				True: []string{
					`API_KEYS = ["Ty5bN2mK9qW4zR7xP1vLq8w7e6r5", "Hj3kL9pQ2wE7rT5yU1iO8aS4dF6g"]`,
					`FERNET_KEYS = ["q8!x2Lm9Zr4Tp8wQ3nBv-K7"]`,
					`  signing_secrets: ['Wq8!zKr3Lm#9xTp2Vb6n']`,
				},
				False: []string{
					`cache_keys = ["user:profile:42", "user:settings:42"]`,
					`API_KEYS = [os.environ["API_KEY"]]`,
					`tokens = ["def", "return", "lambda"]`,
					`PUBLIC_KEYS = ["BEl62iUYgUivxIkv69yViEuiBIa6Iq3iHlVdYjwyU5p"]`,
					`API_KEYS = ["changeme", "your-api-key-here"]`,
				},
			}
		},
	})
}

// listGate passes lines where a list opens right after an assignment
// operator (= [, : [) and holds a quote.
func listGate(line []byte) bool {
	for i := bytes.IndexByte(line, '['); i >= 0; {
		j := i - 1
		for j >= 0 && (line[j] == ' ' || line[j] == '\t') {
			j--
		}
		if j >= 0 && (line[j] == '=' || line[j] == ':' || line[j] == '>') && bytes.ContainsAny(line[i:], "\"'`") {
			return true
		}
		k := bytes.IndexByte(line[i+1:], '[')
		if k < 0 {
			return false
		}
		i += k + 1
	}
	return false
}

func genericAssignmentRule() Rule {
	return Rule{
		ID:          "generic-secret-assignment",
		Description: "secret-named variable assigned a random-looking literal",
		Keywords:    vocab.SecretNameKeywords(),
		Regex:       assignmentRegex(genericValue),
		Gate:        assignmentGate,
		CheckMatch:  checkAssignment,
		Check:       checkGenericSecret,
		CheckDesc:   "not words, a path, a version, a hash, a UUID or a reference; random for its charset",
		Severity:    SeverityMedium,
		KeyKind:     KindPassword,
		Generic:     true,
		Examples: func() Examples {
			return Examples{
				True: []string{
					`DB_PASSWORD=Xk9#mQ2$vL7pR4wz`,
					`export SERVICE_TOKEN="T7gk2Qx9.LmP4rZ8vW3nB"`,
					`  smtp_password: "pA5s!w0Rd-9xKq#2Lm"`,
					`{"client_secret": "Gq7x!Lp2Zr9w@Mk4Tn8v"}`,
					`api_secret = 'r8Kq2!mZx7Lp$Vn4Wt9e'`,
					`const authHeader = "Zm9vOmJhcjEyMzQ1Njc4OTAx!q"`,
					`password := "Wq8!zKr3Lm#9xTp2Vb6n"`,
					`ENV ADMIN_PASSWORD=Pz4!kQ9mXr2#Lw7t`,
					`define('AUTH_KEY', 'f#9Qm!2xLr@7KpZw4Tv8');`,
					`mail.pass = kX9!rT2qLm7#Zw4p`,
					`var dbPass string = "N3v!rQ8zKx2#Lm5t"`,
					`SECRET_KEY_FALLBACKS = ["django-insecure-q8!x2Lm9Zr4Tp8wQ3nBv"]`,
					`var signingKey = []byte("Wq8!zKr3Lm#9xTp2Vb6n")`,
					`const secret = Buffer.from("Pz4!kQ9mXr2#Lw7tYc")`,
					`RABBIT_PWD: "h2W#q9Lk!x7ZmR4p"`,
				},
				False: []string{
					`password = os.environ["DB_PASSWORD"]`,
					`const token = process.env.API_TOKEN;`,
					`SECRET_KEY=${SECRET_KEY}`,
					`password: "{{ .Values.db.password }}"`,
					`api_key: your-api-key-here`,
					`PASSWORD=changeme`,
					`auth_token = get_auth_token_from_vault()`,
					`passwordResetUrl: "/account/password/reset/confirm"`,
					`author = "Jane Developer"`,
					`TOKEN_TTL=86400000`,
					`cache_key = "3f786850e387550fdab836ed7e6dc881de23001b"`,
					`public_key = "BEl62iUYgUivxIkv69yViEuiBIa6Iq3iHlVdYjwyU5p"`,
					`idempotency_key: "0d5c3bb2-7f3a-4f7e-9f3e-1c2b3a4d5e6f"`,
					`"PolicyUpdateToken": "1:p+2RpKR4wPFx7mcrL1UOQQ==",`,
					`GET /revoke?token=agabcdefddddafdd&callback=package.myCallback HTTP/1.1`,
					`secret_version = "v2.14.3-beta.1"`,
					`key_file = "/etc/ssl/private/server.key"`,
					`password = "xxxxxxxxxxxxxxxx"`,
					`TOKEN = "sk_live_111111111111"`,
					`authToken: "this.props.authToken"`,
					`passwordField: "userPasswordConfirmation"`,
					`max_tokens = 4096000000`,
					`"pattern": "^arn:aws[A-Za-z-]*:secretsmanager:[a-z0-9-]{1,20}:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]{1,512}-[A-Za-z0-9]{6}$",`,
					`'access_token': 'askfjh234as9sd8',`,
					// Issue 11: Go test output, a word of quoted text.
					`--- PASS: TestAddrStringAllocs/ipv4-in-ipv6 (0.00s)`,
					`stdout '--- PASS: FuzzFoo/thispasses'`,
					`key := "2B7E1516 28AED2A6 ABF71588 09CF4F3C"`,
					`testSumDBVerifierKey = "localhost.localdev/sumdb+00000c67+AcTrnkbUA+TU4heY3hkjiSES/DSQniBqIeQ/YppAUtK6"`,
				},
			}
		},
	}
}

func dockerfileEnvRule() Rule {
	return likeAssignment(Rule{
		ID:          "generic-secret-dockerfile-env",
		Description: "secret-named Dockerfile ENV or ARG set to a random-looking literal (legacy space form)",
		Keywords:    []string{"env ", "env\t", "arg ", "arg\t"},
		Regex:       `(?i:^[ \t]*(?:ENV|ARG))[ \t]+` + secretName + `[ \t]+` + valueOpen + genericValue,
		Examples: func() Examples {
			return Examples{
				True:  []string{`ENV REGISTRY_PASSWORD Qz8!mK2xLr#7pW4t`, `ARG NPM_TOKEN "V7kQ2xLm9Zr4Tp8w"`},
				False: []string{`ENV API_KEY ${API_KEY}`, `ENV TOKEN_PATH /run/secrets/token`},
			}
		},
	})
}

func defineRule() Rule {
	return likeAssignment(Rule{
		ID:          "generic-secret-define",
		Description: "secret-named C preprocessor macro defined as a random-looking string",
		Keywords:    []string{"define"},
		Gate:        defineGate,
		Regex:       `(?:^|\n)[ \t]*#[ \t]*define[ \t]+` + secretName + `[ \t]+` + valueOpen + genericValue,
		Examples: func() Examples {
			return Examples{
				True:  []string{`#define API_KEY "Qz8!mK2xLr#7pW4t"`, `#  define AUTH_TOKEN "V7kQ2xLm9Zr4Tp8wN3"`},
				False: []string{`#define API_KEY_LEN 32`, `#define SECRET_KEY_SIZE "sizeof(key_t)"`, `#define TOKEN_PATH "/run/secrets/token"`},
			}
		},
	})
}

// defineGate passes lines that start, after blanks, with "#".
func defineGate(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' {
			return c == '#'
		}
	}
	return false
}

func jwtRule() Rule {
	return Rule{
		ID:          "jwt",
		Description: "JSON Web Token",
		Keywords:    []string{"eyj"},
		Regex:       `(?:^|[^A-Za-z0-9_\-.])(?P<secret>eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{16,})(?:[^A-Za-z0-9_\-.]|$)`,
		Check:       checkJWT,
		CheckDesc:   "header and payload are base64url JSON objects; header names an alg",
		Severity:    SeverityHigh,
		Examples: func() Examples {
			return Examples{
				True: []string{
					"Authorization: Bearer " + exampleJWT(`{"alg":"HS256","typ":"JWT"}`, `{"sub":"user-4821","role":"admin","iat":1767225600}`),
					`token = "` + exampleJWT(`{"alg":"RS256","kid":"k1"}`, `{"iss":"https://auth.example.test","exp":1893456000}`) + `"`,
				},
				False: []string{
					"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
					"eyJub3RKU09OIjp0cnVl.eyJhbm90aGVyIGJyb2tlbg.c2lnbmF0dXJlc2lnbmF0dXJl",
					"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
				},
			}
		},
	}
}
