package vocab

import "strings"

// LooksLikeWords reports whether s reads like something a person typed
// rather than a random key: an identifier in camelCase, snake_case or
// kebab-case made of pronounceable words ("userProfileCache",
// "my_database_password"), a file path ("/usr/local/bin/app",
// "config/settings.yaml"), a dotted name ("app.config.secretKey"), a
// version ("v1.2.3-beta.4"), a URL without credentials, or a code
// expression. Random keys split into many short fragments when cut at case
// and letter/digit changes, and the long fragments they do have are
// unpronounceable; words do the opposite.
//
// Generic rules use it next to [Randomness]: entropy alone ranks
// "productionDatabasePassword" as high as a short random key.
func LooksLikeWords(s string) bool {
	if len(s) < 4 {
		return true
	}
	if isVersion(s) || isPathLike(s) {
		return true
	}
	var buf [32]string
	toks := splitWords(s, buf[:0])
	if len(toks) == 0 {
		return true
	}
	alnum, wordy, digits, digitRuns := 0, 0, 0, 0
	for _, t := range toks {
		alnum += len(t)
		switch {
		case t[0] >= '0' && t[0] <= '9':
			digits += len(t)
			digitRuns++
		case len(t) >= 3 && pronounceable(t):
			wordy += len(t)
		case len(t) <= 2 && (isShortWord(t) || commonAbbrev[asciiLower(t)]):
			wordy += len(t)
		}
	}
	if alnum == 0 {
		return true
	}
	// A few short digit runs ("v2", "2024", "db01") are as common in names
	// as in keys; count them as neutral unless they dominate.
	if digits*2 > alnum || digitRuns > 2 {
		return false
	}
	letters := alnum - digits
	if letters == 0 {
		return false
	}
	return wordy*100 >= letters*80 && len(toks)*3 <= alnum+3
}

// splitWords cuts s at non-alphanumerics, at lower-to-upper case changes,
// at the end of an upper-case run followed by a lower-case letter
// ("HTTPServer" -> "HTTP", "Server") and between letters and digits.
func splitWords(s string, toks []string) []string {
	start := -1
	flush := func(i int) {
		if start >= 0 && i > start {
			toks = append(toks, s[start:i])
		}
		start = -1
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !IsAlnum(c) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		p := s[i-1]
		switch {
		case isDigit(p) != isDigit(c):
			flush(i)
			start = i
		case isLowerByte(p) && isUpperByte(c):
			flush(i)
			start = i
		case isUpperByte(p) && isLowerByte(c) && i-1 > start:
			flush(i - 1)
			start = i - 1
		}
	}
	flush(len(s))
	return toks
}

// pronounceable reports whether a run of letters could be an English-like
// word or abbreviation: it has vowels in a natural proportion and no long
// consonant or vowel clusters.
func pronounceable(t string) bool {
	vowels, run, vrun := 0, 0, 0
	for i := 0; i < len(t); i++ {
		if strings.IndexByte("aeiouy", lower[t[i]]) >= 0 {
			vowels++
			vrun++
			run = 0
		} else {
			run++
			vrun = 0
		}
		if run > 4 || vrun > 3 {
			return false
		}
	}
	if len(t) <= 6 {
		return vowels >= 1 && !rareBigrams(t) || commonAbbrev[asciiLower(t)]
	}
	return vowels*100 >= len(t)*22 && vowels*100 <= len(t)*70 && !rareBigrams(t)
}

// rareBigrams reports letter pairs that almost never occur inside English
// words or programmers' abbreviations; random strings are full of them.
func rareBigrams(t string) bool {
	n := 0
	for i := 1; i < len(t); i++ {
		a, b := lower[t[i-1]], lower[t[i]]
		if a == b && strings.IndexByte("aeiouylnstrcfgmpdbz", a) < 0 {
			n++
			continue
		}
		switch {
		case strings.IndexByte("jqxz", a) >= 0 && strings.IndexByte("aeiouy", b) < 0 && !(a == 'x' && strings.IndexByte("tcp", b) >= 0):
			n++
		case strings.IndexByte("jqxz", b) >= 0 && strings.IndexByte("aeioun", a) < 0 && !(b == 'x' && a == 'r'),
			b == 'v' && strings.IndexByte("aeiounrl", a) < 0:
			n++
		}
	}
	return n*6 > len(t)
}

// commonAbbrev are short vowel-less tokens that are usual in identifiers.
var commonAbbrev = map[string]bool{
	"db": true, "id": true, "js": true, "ts": true, "pg": true, "rds": true,
	"sql": true, "url": true, "uri": true, "jwt": true, "rsa": true, "ssh": true,
	"tls": true, "ssl": true, "pwd": true, "pw": true, "src": true, "dst": true,
	"cfg": true, "ctx": true, "msg": true, "srv": true, "svc": true, "cms": true,
	"crm": true, "dns": true, "cdn": true, "ftp": true, "gcp": true, "md": true,
	"xml": true, "html": true, "http": true, "www": true, "std": true, "lvl": true,
	"cmd": true, "pkg": true, "lib": true, "bin": true, "tmp": true, "dev": true,
	"prd": true, "stg": true, "mgr": true, "ttl": true, "rpc": true, "grpc": true,
	"tcp": true, "smtp": true, "pk": true, "fk": true, "ms": true, "ns": true,
	"px": true, "rgb": true, "hsl": true, "png": true, "jpg": true, "svg": true,
	"gzip": true, "vm": true, "k8s": true, "ci": true, "cd": true, "api": true,
	"mysql": true, "pgsql": true, "nosql": true, "psql": true, "ctrl": true, "ptr": true, "ptrs": true, "fn": true, "fns": true, "fncs": true,
	"ks": true, "kv": true, "vv": true, "hdr": true, "lhs": true, "rhs": true,
	"kms": true, "hmac": true, "json": true, "yaml": true, "toml": true, "jpeg": true, "xlsx": true, "bcrypt": true, "sha": true, "nbf": true, "iss": true, "mfa": true,
}

// isShortWord reports one- and two-letter tokens that are usual in names
// ("a", "to", "my", "v", "ID").
func isShortWord(t string) bool {
	switch asciiLower(t) {
	case "a", "i", "v", "x", "s", "to", "my", "of", "on", "in", "by", "is", "at",
		"id", "db", "io", "ui", "os", "fs", "ip", "no", "or", "if", "do", "up",
		"us", "eu", "ap", "pk", "js", "ts", "pw", "ok", "go", "py", "rb", "md":
		return true
	}
	return false
}

// isVersion reports version strings: "1.2.3", "v2.0.0-rc.1", "3.11.4+build.7".
func isVersion(s string) bool {
	t := strings.TrimPrefix(strings.TrimPrefix(s, "v"), "V")
	dots := 0
	i := 0
	for i < len(t) && (isDigit(t[i]) || t[i] == '.') {
		if t[i] == '.' {
			dots++
		}
		i++
	}
	if dots == 0 || i == 0 || !isDigit(t[0]) {
		return false
	}
	if i == len(t) {
		return true
	}
	if t[i] != '-' && t[i] != '+' {
		return false
	}
	rest := t[i+1:]
	return len(rest) <= 24 && LooksLikeWords(strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '.'
		}
		return r
	}, rest)+"ok")
}

// isPathLike reports file paths and dotted names whose every segment reads
// like words: "/etc/ssl/private/server.key", "src/main/resources",
// "com.example.app.config".
func isPathLike(s string) bool {
	sep := ""
	switch {
	case strings.Count(s, "/") >= 2 || strings.HasPrefix(s, "/") || strings.HasPrefix(s, "./") || strings.HasPrefix(s, "~/"):
		sep = "/"
	case strings.Count(s, "\\") >= 2:
		sep = "\\"
	case strings.Count(s, ".") >= 2 && !strings.ContainsAny(s, "/+="):
		sep = "."
	default:
		return false
	}
	segs := strings.Split(s, sep)
	n := 0
	for _, seg := range segs {
		seg = strings.Trim(seg, ".~:")
		if seg == "" {
			continue
		}
		n++
		if len(seg) > 40 || !LooksLikeWords(seg+"") && !(len(seg) <= 3) {
			return false
		}
	}
	return n >= 2
}

// IsCodeIdentifier reports camelCase identifiers of at most 24 bytes that
// start with a pronounceable word of four or more letters and have no more
// than two digits (tokenStr, protectNTFS, prfBytes): names in code. Random
// keys rarely start with such a word and carry more digits.
func IsCodeIdentifier(s string) bool {
	if len(s) > 24 || !isIdentifier(s) {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			digits++
		}
	}
	if digits > 2 {
		return false
	}
	var buf [16]string
	toks := splitWords(s, buf[:0])
	if len(toks) < 2 || len(toks) > 4 {
		return false
	}
	wordy := 0
	for _, w := range toks {
		if len(w) >= 4 && pronounceable(w) {
			wordy += len(w)
		}
	}
	return wordy*2 >= len(s)
}
