package vocab

import "strings"

// IsPlaceholder reports whether s is obviously not a real secret: a
// documented example key, a template reference, a "changeme" word, a run
// of one repeated character or a sequence such as "123456789" or "abcdef".
func IsPlaceholder(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" {
		return true
	}
	l := asciiLower(t)
	if documentedExamples[t] || placeholderValues[l] {
		return true
	}
	if isTemplateRef(t) || isCodeReference(l) {
		return true
	}
	switch {
	case strings.HasPrefix(l, "<") && strings.HasSuffix(l, ">"),
		strings.HasPrefix(l, "${") && strings.HasSuffix(l, "}"),
		strings.HasPrefix(l, "{{") && strings.HasSuffix(l, "}}"),
		strings.HasPrefix(l, "your-") || strings.HasPrefix(l, "your_") || strings.HasPrefix(l, "<your"):
		return true
	}
	for _, w := range placeholderWords {
		if containsWord(t, l, w) {
			return true
		}
	}
	core := stripProviderPrefix(l)
	return isRepetitive(core)
}

// documentedExamples are example credentials printed in providers' docs
// and tutorials, reproduced verbatim by countless READMEs and tests.
var documentedExamples = map[string]bool{
	"AKIAIOSFODNN7EXAMPLE":                     true,
	"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY": true,
	"ASIAIOSFODNN7EXAMPLE":                     true,
	// Stripe's published test-mode keys.
	"sk_test_4eC39HqLyjWDarjtT1zdp7dc": true,
	"pk_test_TYooMQauvdEDq54NiTphI7jx": true,
	// The jwt.io debugger's sample token.
	"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c": true,
}

// placeholderValues are whole values that stand for a secret without
// being one ("password", "secret", "null", a type name).
var placeholderValues = map[string]bool{
	"password": true, "passwd": true, "pass": true, "pwd": true, "secret": true,
	"token": true, "key": true, "apikey": true, "api_key": true, "null": true,
	"nil": true, "none": true, "undefined": true, "true": true, "false": true,
	"string": true, "str": true, "bytes": true, "empty": true, "default": true,
	"value": true, "test": true, "testing": true, "admin": true, "root": true,
	"guest": true, "user": true, "username": true, "secret_key": true,
	"secretkey": true, "mysecret": true, "mypassword": true, "s3cr3t": true,
	"p@ssw0rd": true, "passw0rd": true, "letmein": true, "qwerty": true,
	"required": true, "optional": true, "env": true, "unset": true, "tbd": true,
}

// isTemplateRef reports references to a value kept elsewhere: shell and
// compose variables, Helm/Go/Jinja/Mustache templates, ERB, Ruby and
// Python format strings, Maven/Gradle properties, GitHub Actions
// expressions and Windows %VAR%.
func isTemplateRef(t string) bool {
	switch {
	case hasRef(t, "${", "}"), hasRef(t, "{{", "}}"), hasRef(t, "<%", "%>"), hasRef(t, "#{", "}"),
		hasNamedRef(t, "%(", ")", 4), strings.HasPrefix(t, "$(") && strings.HasSuffix(t, ")") && hasNamedRef(t, "$(", ")", 2):
		return true
	case len(t) > 2 && t[0] == '%' && t[len(t)-1] == '%' && isIdentifier(t[1:len(t)-1]),
		len(t) > 2 && t[0] == '@' && t[len(t)-1] == '@' && isIdentifier(t[1:len(t)-1]),
		len(t) > 4 && strings.HasPrefix(t, "__") && strings.HasSuffix(t, "__"),
		len(t) > 1 && t[0] == '$' && isIdentifier(t[1:]),
		len(t) > 2 && t[0] == '<' && t[len(t)-1] == '>',
		len(t) > 2 && t[0] == '[' && t[len(t)-1] == ']' && isIdentifier(strings.Trim(t, "[]")):
		return true
	}
	return false
}

// codeRefPrefixes start expressions that read a secret from the
// environment or a secret store instead of holding it.
var codeRefPrefixes = []string{
	"os.environ", "os.getenv", "environ.get", "environ[", "getenv(", "process.env",
	"import.meta.env", "env(", "env[", "env.", "deno.env", "system.getenv",
	"config(", "config.", "settings.", "secrets.", "vault(", "vault:", "ssm:",
	"aws_secretsmanager", "secretsmanager:", "ref+", "op://", "!ref", "!sub",
	"!getatt", "keyvault", "environment.getenvironmentvariable", "viper.",
	"configuration[", "props.", "this.", "self.", "params.", "args.", "opts.",
	"options.", "vars.", "var.", "local.", "data.", "module.", "input.",
	"std.getenv", "sys.env", "bun.env", "context.", "ctx.", "req.", "request.",
	"credentials(", "secret(", "lookup(", "file(", "readfile", "fs.read",
}

// isCodeReference reports a value that is an expression fetching the
// secret at run time (os.environ["X"], process.env.X, os.Getenv("X")).
func isCodeReference(l string) bool {
	l = strings.TrimLeft(l, "(!&* ")
	for _, p := range codeRefPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// isIdentifier reports ASCII identifiers ("DB_PASS", "apiKey").
func isIdentifier(s string) bool {
	if s == "" || isDigit(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !IsAlnum(c) && c != '_' {
			return false
		}
	}
	return true
}

// placeholderWords mark a value as a stand-in when they occur anywhere in it.
var placeholderWords = []string{
	"example", "changeme", "change_me", "change-me", "placeholder",
	"replace_me", "replace-me", "replaceme", "xxxxxx", "******", "dummy",
	"your_key", "your-key", "yourkey", "insert_", "insert-", "_here", "-here",
	"redacted", "notasecret", "not-a-secret", "not_a_secret", "fake", "sample",
	"todo", "fixme", "...", "…", "xxxx-xxxx", "0000000000", "abcdefgh",
	"12345678", "lorem", "ipsum", "foobar", "deadbeef", "badc0de", "cafebabe",
	"<secret", "<token", "<password", "<key", "<api", "your-", "your_",
}

// stripProviderPrefix drops a leading "xyz_" or "xyz-" token prefix so that
// "sk_live_111111111111" is judged on "111111111111".
func stripProviderPrefix(s string) string {
	for i := 0; i < 3; i++ {
		j := strings.IndexAny(s, "_-")
		if j < 0 || j > 12 || len(s)-j-1 < 8 {
			break
		}
		s = s[j+1:]
	}
	return s
}

// isRepetitive reports runs of one character, a short unit repeated
// ("abcabcabc"), or an ascending or descending sequence ("123456", "abcdef").
func isRepetitive(s string) bool {
	if len(s) < 4 {
		return len(s) > 0 && strings.Count(s, s[:1]) == len(s)
	}
	for unit := 1; unit <= 4 && unit*2 <= len(s); unit++ {
		rep := true
		for i := unit; i < len(s) && rep; i++ {
			rep = s[i] == s[i%unit]
		}
		if rep {
			return true
		}
	}
	seq := 0
	for i := 1; i < len(s); i++ {
		d := int(s[i]) - int(s[i-1])
		if d == 1 || d == -1 || (s[i-1] == '9' && s[i] == '0') || (s[i-1] == 'f' && s[i] == '0') {
			seq++
		}
	}
	return seq*10 >= (len(s)-1)*8
}

// hasRef reports an opening marker followed later by its closing one
// ("${VAR}", "{{ .Values.x }}").
func hasRef(t, open, close string) bool {
	i := strings.Index(t, open)
	return i >= 0 && strings.Contains(t[i+len(open):], close)
}

// hasNamedRef is hasRef where a name of minName or more characters must
// follow the opening marker at once: Python's "%(name)s" and the shell's "$(command)". Random keys from
// alphabets with '%', '$' and '(' (Django's) hold "%(" or "$(" by chance,
// but seldom followed by a letter and a closing ")".
func hasNamedRef(t, open, close string, minName int) bool {
	for off := 0; ; {
		i := strings.Index(t[off:], open)
		if i < 0 {
			return false
		}
		rest := t[off+i+len(open):]
		j := strings.Index(rest, close)
		if f := strings.Fields(rest[:max(j, 0)]); len(f) > 0 && len(f[0]) >= minName && isIdentifier(f[0]) {
			after := rest[j+len(close):]
			// "%(name)" is a format only with its conversion ("%(name)s").
			if open != "%(" || (after != "" && strings.IndexByte("sd", after[0]) >= 0) {
				return true
			}
		}
		off += i + len(open)
	}
}

// containsWord reports whether the lower-cased l holds the placeholder
// word w where t, the original, spells it in one case ("EXAMPLE",
// "example") and, for words of 5 letters or fewer, at a word edge on one
// side at least ("fake_key", "FAKEKEY"): random keys hold "FaKE" or
// "5todo3" by chance, people writing a stand-in do not.
func containsWord(t, l, w string) bool {
	if len(t) != len(l) { // lower-casing changed the length (non-ASCII)
		return strings.Contains(l, w)
	}
	for off := 0; ; {
		i := strings.Index(l[off:], w)
		if i < 0 {
			return false
		}
		orig := t[off+i : off+i+len(w)]
		sameCase := orig == strings.ToLower(orig) || orig == strings.ToUpper(orig)
		if sameCase && (len(w) > 5 || wordEdge(t, off+i-1) || wordEdge(t, off+i+len(w)) || !isAlnumWord(w)) {
			return true
		}
		off += i + 1
	}
}

// wordEdge reports whether position i of t is outside it or not a letter
// or digit.
func wordEdge(t string, i int) bool {
	if i < 0 || i >= len(t) {
		return true
	}
	c := t[i]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
}

// isAlnumWord reports whether w is made of letters and digits only.
func isAlnumWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if wordEdge(w, i) {
			return false
		}
	}
	return true
}

// HasPlaceholderWord reports whether s holds one of the words that mark a
// stand-in ("example", "changeme", "xxxxxx"...), as written, in any
// position: the test for values whose alphabet defeats [IsPlaceholder]'s
// word-edge rules (Django keys).
func HasPlaceholderWord(s string) bool {
	for _, w := range placeholderWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// IsRepetitive reports runs of one character, a short unit repeated
// ("abcabcabc"), or an ascending or descending sequence ("123456", "abcdef").
func IsRepetitive(s string) bool { return isRepetitive(s) }
