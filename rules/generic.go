package rules

import "strings"

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
// string type annotation (Go's `var k string =`, TypeScript's `k: string =`).
const assignOp = `(?:\\?["'\x60\]]?(?:[ \t]*:?[ \t]+(?:string|str|String|\[\]byte|bytes|&str|&'static str))?[ \t]*(?:[:=]{1,3}>?|\|\|=|\?\?=)|\\?["'][ \t]*,)[ \t]*`

// valueOpen is an optional string opener: a quote, possibly after a
// Python b/r/u/f prefix.
const valueOpen = `(?:(?:b|r|u|f|rb|br|B|R)?\\?["'\x60])?`

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

// secretNameKeywords are the lower-case literals one of which occurs in
// every secret name of [secretName].
var secretNameKeywords = []string{"key", "secret", "token", "pwd", "credential", "auth", "bearer", "pass", "_pw", "-pw", ".pw"}

// genericRules is the generic assignment rule, the JWT rule and the legacy
// Dockerfile ENV form.
func genericRules() []Rule {
	return []Rule{jwtRule(), dockerfileEnvRule(), genericAssignmentRule()}
}

func genericAssignmentRule() Rule {
	return Rule{
		ID:          "generic-secret-assignment",
		Description: "secret-named variable assigned a random-looking literal",
		Keywords:    secretNameKeywords,
		Regex:       assignmentRegex(genericValue),
		Check:       checkGenericSecret,
		Validator:   "not words, a path, a version, a hash, a UUID or a reference; random for its charset",
		Severity:    SeverityMedium,
		KeyKind:     KindPassword,
		Generic:     true,
		Examples: Examples{
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
				`secret_version = "v2.14.3-beta.1"`,
				`key_file = "/etc/ssl/private/server.key"`,
				`password = "xxxxxxxxxxxxxxxx"`,
				`TOKEN = "sk_live_111111111111"`,
				`authToken: "this.props.authToken"`,
				`passwordField: "userPasswordConfirmation"`,
				`max_tokens = 4096000000`,
			},
		},
	}
}

func dockerfileEnvRule() Rule {
	return Rule{
		ID:          "generic-secret-dockerfile-env",
		Description: "secret-named Dockerfile ENV or ARG set to a random-looking literal (legacy space form)",
		Keywords:    []string{"env ", "env\t", "arg ", "arg\t"},
		Regex:       `(?i:^[ \t]*(?:ENV|ARG))[ \t]+` + secretName + `[ \t]+` + valueOpen + genericValue,
		Check:       checkGenericSecret,
		Validator:   "as generic-secret-assignment",
		Severity:    SeverityMedium,
		KeyKind:     KindPassword,
		Generic:     true,
		Examples: Examples{
			True:  []string{`ENV REGISTRY_PASSWORD Qz8!mK2xLr#7pW4t`, `ARG NPM_TOKEN "V7kQ2xLm9Zr4Tp8w"`},
			False: []string{`ENV API_KEY ${API_KEY}`, `ENV TOKEN_PATH /run/secrets/token`},
		},
	}
}

func jwtRule() Rule {
	return Rule{
		ID:          "jwt",
		Description: "JSON Web Token",
		Keywords:    []string{"eyj"},
		Regex:       `(?:^|[^A-Za-z0-9_\-.])(?P<secret>eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{16,})(?:[^A-Za-z0-9_\-.]|$)`,
		Check:       checkJWT,
		Validator:   "header and payload are base64url JSON objects; header names an alg",
		Severity:    SeverityHigh,
		Examples: Examples{
			True: []string{
				"Authorization: Bearer " + exampleJWT(`{"alg":"HS256","typ":"JWT"}`, `{"sub":"user-4821","role":"admin","iat":1767225600}`),
				`token = "` + exampleJWT(`{"alg":"RS256","kid":"k1"}`, `{"iss":"https://auth.example.test","exp":1893456000}`) + `"`,
			},
			False: []string{
				"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
				"eyJub3RKU09OIjp0cnVl.eyJhbm90aGVyIGJyb2tlbg.c2lnbmF0dXJlc2lnbmF0dXJl",
				"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
			},
		},
	}
}

// secretNameParts occur in names of secrets wherever they stand:
// DB_PASSWORD, clientSecret, AUTH_TOKEN, x-api-key, privateKey.
var secretNameParts = []string{
	"secret", "token", "passw", "passphrase", "credential", "apikey", "api_key",
	"api-key", "privatekey", "private_key", "private-key", "accesskey",
	"access_key", "access-key", "authorization", "bearer",
}

// isSecretName reports whether an identifier names a secret: it contains
// one of [secretNameParts], has the word "auth", "pwd" or "passwd", or
// ends with the word "key", "pass" or "pw" (API_KEY, apiKey, DB_PASS),
// and is not one of the names [nonSecretName] knows to hold something
// else. "author", "monkey" and "bypass" are not secret names.
func isSecretName(name string) bool {
	if !mayNameSecret(name) {
		return false
	}
	var buf [16]string
	toks := splitWords(name, buf[:0])
	if len(toks) == 0 || nonSecretName(name) {
		return false
	}
	l := strings.ToLower(name)
	for _, p := range secretNameParts {
		if strings.Contains(l, p) {
			return true
		}
	}
	for _, t := range toks {
		switch asciiLower(t) {
		case "auth", "pwd", "passwd":
			return true
		}
	}
	switch asciiLower(toks[len(toks)-1]) {
	case "key", "pass", "pw":
		return true
	}
	return false
}

// mayNameSecret is the cheap first test of [isSecretName]: the name holds
// one of the keywords of the generic rules, in any case.
func mayNameSecret(name string) bool {
	l := asciiLower(name)
	for _, k := range []string{"key", "secret", "token", "pass", "pwd", "pw", "credential", "auth", "bearer"} {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

// nonSecretName reports identifiers that contain a secret word but name
// something else: public and publishable keys, lookup keys (cache, sort,
// partition, idempotency...), and metadata about a secret (its path, file,
// URL, type, length, lifetime, name or id). Generic rules skip them.
func nonSecretName(name string) bool {
	var buf [16]string
	toks := splitWords(name, buf[:0])
	if len(toks) == 0 {
		return false
	}
	for i := range toks {
		toks[i] = asciiLower(toks[i])
	}
	secretWord := false
	for _, t := range toks {
		if nonSecretWords[t] {
			return true
		}
		secretWord = secretWord || t == "secret" || t == "key"
	}
	if !secretWord && (containsString(toks, "csrf") || containsString(toks, "xsrf")) {
		return true // a per-session form token, not the secret that signs it
	}
	last := toks[len(toks)-1]
	if metadataWords[last] {
		return true
	}
	if len(toks) >= 2 && (last == "key" || last == "keys") && lookupKeyWords[toks[len(toks)-2]] {
		return true
	}
	if len(toks) >= 2 && last == "token" && paginationWords[toks[len(toks)-2]] {
		return true // NextToken, pageToken, continuation_token: a cursor
	}
	return false
}

// paginationWords, right before a final "token", make it a cursor that
// APIs hand out to fetch the next page, not a credential.
var paginationWords = map[string]bool{
	"next": true, "page": true, "continuation": true, "pagination": true,
	"sync": true, "cursor": true, "marker": true, "resume": true, "prev": true,
	"previous": true, "start": true, "continue": true, "change": true,
}

// nonSecretWords anywhere in a name make it public or not a credential.
var nonSecretWords = map[string]bool{
	"public": true, "publishable": true, "pub": true,
	"tokenizer": true, "sitekey": true, "author": true, "authors": true,
	"keyboard": true, "keyword": true, "keywords": true, "keystroke": true,
	"monkey": true, "turkey": true, "hockey": true, "jockey": true, "donkey": true,
	"whiskey": true, "passenger": true, "passport": true, "bypass": true,
	"compass": true, "keyframe": true, "keyframes": true, "keycode": true,
	"hotkey": true, "keymap": true, "keypress": true, "keydown": true, "keyup": true,
}

// metadataWords, as the last word of a name, describe a secret rather than
// hold it (SECRET_NAME, token_url, password_min_length, KEY_FILE).
var metadataWords = map[string]bool{
	"id": true, "ids": true, "name": true, "names": true, "arn": true, "path": true,
	"file": true, "files": true, "dir": true, "url": true, "uri": true, "endpoint": true,
	"host": true, "type": true, "types": true, "ttl": true, "expiry": true,
	"expires": true, "expiration": true, "length": true, "len": true, "size": true,
	"count": true, "max": true, "min": true, "timeout": true, "policy": true,
	"version": true, "ref": true, "field": true, "label": true, "prefix": true,
	"suffix": true, "format": true, "mode": true, "method": true, "provider": true,
	"domain": true, "scope": true, "scopes": true, "enabled": true, "disabled": true,
	"required": true, "regex": true, "pattern": true, "algorithm": true, "alg": true,
	"env": true, "var": true, "variable": true, "param": true, "hint": true,
	"placeholder": true, "description": true, "error": true, "message": true,
	"msg": true, "title": true, "text": true, "help": true, "in": true, "at": true,
	"limit": true, "lifetime": true, "age": true, "duration": true, "interval": true,
	"tokens": true, "keys": true, "secrets": true, "location": true, "store": true,
	"class": true, "service": true, "server": true, "route": true, "page": true,
	"input": true, "form": true, "schema": true, "index": true, "strength": true,
	"reset": true, "confirmation": true, "confirm": true, "changed": true,
	"rotation": true, "source": true, "mount": true, "volume": true,
}

// lookupKeyWords, right before a final "key", make it a lookup key.
var lookupKeyWords = map[string]bool{
	"cache": true, "sort": true, "partition": true, "primary": true, "foreign": true,
	"idempotency": true, "storage": true, "lookup": true, "translation": true,
	"i18n": true, "row": true, "hash": true, "range": true, "object": true, "s3": true,
	"file": true, "site": true, "dedup": true, "map": true, "query": true,
	"group": true, "event": true, "state": true, "unique": true,
	"local": true, "redux": true, "react": true, "column": true,
	"table": true, "dict": true, "json": true, "yaml": true, "config": true,
	"setting": true, "settings": true, "metric": true, "label": true, "tag": true,
	"attribute": true, "property": true, "prop": true, "field": true, "item": true,
	"list": true, "message": true, "error": true,
	"shortcut": true, "hot": true, "bucket": true,
	"blob": true, "registry": true, "env": true, "feature": true, "flag": true,
}

func containsString(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
