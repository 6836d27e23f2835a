package rules

import (
	"bytes"
	"encoding/base64"
	"strings"
)

// The context rules find secrets by where people write them rather than
// by their shape or a variable's name (issue 11): HTTP auth headers,
// command-line credentials, credentials in URL query strings and bot
// tokens inside URLs. They are generic: a provider's own rule that
// recognises the token speaks for it.

// ctxValue is a credential value after a context: 8 or more bytes up to a
// blank, quote or bracket.
const ctxValue = `["'\x60]?(?P<secret>[^\s"'\x60<>()\[\]{},;]{8,})`

func contextRules() []Rule {
	tok := exampleURLSafe("ctx-tok", 24)
	pw := "Qm7" + exampleChars("ctx-pw", exAlnum, 15)
	hex := exampleHex("ctx-hex", 20)
	// X-Api-Key and its kind are secret-named assignments: the generic
	// rules report them.
	basic := base64.StdEncoding.EncodeToString([]byte("deploy:" + pw))
	return []Rule{
		{
			ID:          "http-auth-header",
			Description: "HTTP Authorization header with a bearer, token or basic credential",
			Keywords:    []string{"authorization"},
			Regex:       `(?i:authorization)["'\x60]?[ \t]*[:=,][ \t]*["'\x60]?(?i:bearer|token|basic)[ \t]+(?P<secret>[A-Za-z0-9_\-.~+/]{12,}={0,2})`,
			Check:       checkAuthHeaderValue,
			CheckMatch:  checkAuthHeaderScheme,
			CheckDesc:   "random for its charset; basic credentials decode to user:password",
			Severity:    SeverityHigh,
			KeyKind:     KindURLSafe,
			Generic:     true,
			Examples: func() Examples {
				return Examples{
					True: []string{
						`curl -H "Authorization: Bearer ` + tok + `" https://api.internal.example.net/v1`,
						`Authorization: Token ` + tok,
						`headers = {"Authorization": "Bearer ` + tok + `"}`,
						"fetch(u, { headers: { Authorization: `Bearer " + tok + "` } })",
						`req.Header.Set("Authorization", "Bearer ` + tok + `")`,
						`$h = @{ Authorization = "Bearer ` + tok + `" }`,
						`Authorization: Basic ` + basic,
					},
					False: []string{
						`Authorization: Bearer ${API_TOKEN}`,
						`headers = {"Authorization": "Bearer " + token}`,
						`Authorization: Bearer <your-token-here>`,
						`Authorization: Basic ` + base64.StdEncoding.EncodeToString([]byte("user:password")),
						`"Authorization": f"Bearer {self.access_token}"`,
						`Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l`,
						`Authorization: Basic dGhpc2lzYWxvbmdzdHJpbmc=`,
						`Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW`,
						`Authorization: Bearer mF_9.B5f-4.1JqM`,
					},
				}
			},
		},
		{
			ID:          "cli-user-password",
			Description: "user:password given to a command (curl -u, --user)",
			Keywords:    []string{"-u ", "--user"},
			Regex:       `(?:^|[ \t])(?:-u|--user)(?:[ \t]+|=)["']?(?P<user>[^\s:"'$]+):(?P<secret>[^\s"'\x60]{6,})`,
			Check:       checkCLIPassword,
			CheckDesc:   "not a placeholder, a variable or a demo credential",
			Severity:    SeverityHigh,
			KeyKind:     KindPassword,
			Generic:     true,
			Examples: func() Examples {
				return Examples{
					True:  []string{"curl -u deploy:" + pw + " https://ci.corp.net/api", "curl --user 'deploy:" + pw + "' https://ci.corp.net"},
					False: []string{`curl -u "$USER:$PASS" https://ci.corp.net`, "curl -u user:password https://example.com", "curl -u admin:admin http://localhost:8080"},
				}
			},
		},
		{
			ID:          "cli-password-flag",
			Description: "password given to a command on its command line",
			Keywords:    []string{"pass", "masterauth", "login", "mysql", "mariadb", "redis-cli", "securestring"},
			Gate:        cliFlagGate,
			Regex: `(?:(?:^|[ \t])--?(?:[a-z]+-)?(?:password|passwd|requirepass|masterauth)(?:=|[ \t]+)` +
				`|(?:^|[ \t])(?:requirepass|masterauth)[ \t]+` +
				`|\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\n]*?[ \t]-p` +
				`|\b(?:sshpass|login|redis-cli)\b[^\n]*?[ \t]-[pa][ \t]+` +
				`|\bhtpasswd[ \t]+(?:-[A-Za-z]+[ \t]+)*-[A-Za-z]*b[A-Za-z]*[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+` +
				`|(?i:ConvertTo-SecureString)[ \t]+(?:-String[ \t]+)?)` + ctxValue,
			Check:     checkCLIPasswordValue,
			CheckDesc: "not a placeholder, a variable, a word or a demo credential",
			Severity:  SeverityHigh,
			KeyKind:   KindPassword,
			Generic:   true,
			Examples: func() Examples {
				return Examples{
					True: []string{
						"mysql -u root -p'" + pw + "' shop",
						"mysqldump --password=" + pw + " shop",
						"docker login -u bot -p " + pw + " registry.corp.net",
						"redis-server --requirepass " + pw,
						"requirepass " + pw,
						"sshpass -p '" + pw + "' ssh backup@host",
						"htpasswd -b .htpasswd admin " + pw,
						`$s = ConvertTo-SecureString "` + pw + `" -AsPlainText -Force`,
					},
					False: []string{
						"mysql -u root -p shop",
						"mysql -u root -p\"$MYSQL_PASSWORD\" shop",
						"docker login -u bot -p $CI_TOKEN registry",
						"requirepass foobared",
						"# requirepass is not set",
						"docker login --password-stdin",
						`ConvertTo-SecureString $plain -AsPlainText -Force`,
						"psql --password --username app",
					},
				}
			},
		},
		{
			ID:          "url-query-credential",
			Description: "credential in a URL query string (access_token=, api_key=, key=)",
			Keywords:    []string{"token", "key", "secret", "pass", "auth"},
			Gate:        queryGate,
			Regex:       `[?&](?P<name>(?:[A-Za-z_][A-Za-z0-9_.\-]*)?(?:token|key|secret|password|auth))=(?P<secret>[A-Za-z0-9_\-.~%+/]{16,}={0,2})(?:[&#"'\x60\s)<>]|$)`,
			Check:       checkGenericSecret,
			CheckDesc:   "as generic-secret-assignment",
			Severity:    SeverityHigh,
			KeyKind:     KindURLSafe,
			Generic:     true,
			Examples: func() Examples {
				return Examples{
					True: []string{`u = "https://api.corp.net/v1/items?access_token=` + tok + `"`, "https://api.corp.net/v1?x=1&api_key=" + hex,
						"curl 'https://api.corp.net/v1/export?token=" + tok + "'"},
					False: []string{"https://api.corp.net/v1?access_token={token}", "https://example.com/?key=value", "https://api.corp.net/v1?page_token=" + "eyJwYWdlIjogMn0"},
				}
			},
		},
		{
			ID:          "telegram-bot-token-url",
			Description: "Telegram bot token inside a Bot API URL",
			Keywords:    []string{"api.telegram.org/bot"},
			Regex:       `api\.telegram\.org/(?:file/)?bot(?P<secret>[0-9]{6,12}:[A-Za-z0-9_\-]{35})(?:[^A-Za-z0-9_\-]|$)`,
			Check:       checkRandom(0.7),
			CheckDesc:   "the token part is random",
			Severity:    SeverityHigh,
			Examples: func() Examples {
				return Examples{
					True:  []string{`w = "https://api.telegram.org/bot604192837:AA` + exampleURLSafe("ctx-tg", 33)[:33] + `/sendMessage"`},
					False: []string{"https://api.telegram.org/bot<token>/getMe", "https://api.telegram.org/bot123456789:" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" + "/getMe"},
				}
			},
		},
	}
}

// checkAuthHeaderValue accepts a random token, or basic credentials that
// decode to user:password with a real password.
func checkAuthHeaderValue(v string) error {
	if b, err := base64.StdEncoding.DecodeString(v); err == nil && len(b) > 3 && printable(string(b)) {
		return checkBase64Credential(v)
	}
	return checkGenericSecret(v)
}

// checkAuthHeaderScheme holds Basic credentials to their format: base64
// of user:password.
func checkAuthHeaderScheme(v, match string) error {
	if !strings.Contains(strings.ToLower(match), "basic") {
		return nil
	}
	b, err := base64.StdEncoding.DecodeString(v)
	if err != nil || !printable(string(b)) || !strings.Contains(string(b), ":") {
		return errNotBase64
	}
	return nil
}

// checkCLIPassword is the check of a password given as user:password.
func checkCLIPassword(v string) error { return checkCLIPasswordValue(v) }

// checkCLIPasswordValue rejects variables, placeholders, defaults and
// words; a password on a command line is otherwise short and human, so
// the generic randomness floor is not asked.
func checkCLIPasswordValue(v string) error {
	if err := checkURLPassword(v); err != nil {
		return err
	}
	if isDemoPassword(v) || isPasswordWord(v) {
		return errDemo
	}
	return checkGenericSecret(v)
}

// cliFlagGate passes lines that may hold a password flag: a dash before
// p, a, b, s or another dash (-p, -a, -b, --password, -SecureString), or
// redis's requirepass and masterauth.
func cliFlagGate(line []byte) bool {
	for i := 0; i+1 < len(line); i++ {
		if line[i] == '-' && strings.IndexByte("pabsPABS-", line[i+1]) >= 0 {
			return true
		}
	}
	return bytes.Contains(line, []byte("requirepass")) || bytes.Contains(line, []byte("masterauth"))
}

// queryGate passes lines with a query parameter: "?" or "&", later "=".
func queryGate(line []byte) bool {
	i := bytes.IndexAny(line, "?&")
	return i >= 0 && bytes.IndexByte(line[i:], '=') > 0
}
