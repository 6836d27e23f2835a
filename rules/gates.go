package rules

import (
	"bytes"
	"strings"

	"github.com/envguard/envguard/rules/vocab"
)

// Gates are the catalog's cheap necessary conditions for a line to hold
// an accepted match of one of its costly regexps (the Gate field of [engine.Rule]):
// when a gate says no, the regexp finds nothing on the line that the rule
// would report. Go's regexp engine runs at a few MB/s on the assignment
// and URL patterns, while most lines that hold their keywords ("key",
// "token", "://") are ordinary code; the gates let the engine skip those
// lines at memory speed. Each rule that has one sets it as its Gate field;
// TestGatesNeverMiss proves the contract.

// assignmentGate passes lines where a value of 8 or more bytes that is
// not a placeholder and does not read like words (the generic rules reject
// those) follows an operator (= or :, or a comma after a quoted name),
// which follows, after
// an optional quote, bracket and string type, an identifier that names a
// secret, and is followed by at least 8 value bytes. Generic rules report
// nothing else: the engine rejects their other names.
func assignmentGate(line []byte) bool {
	for i := 0; i < len(line); i++ {
		j := bytes.IndexAny(line[i:], "=:,")
		if j < 0 {
			return false
		}
		i += j
		switch line[i] {
		case '=', ':':
		case ',':
			// Only a quoted name that is a call's first argument takes a
			// comma: setdefault("K", "v"), define('K', 'v'), not a list
			// of names ["A_KEY", "B_KEY"].
			if !calledWithQuotedName(line, i) {
				continue
			}
		default:
			continue
		}
		name := nameBefore(line, i)
		if len(name) == 0 || !vocab.MayNameSecretBytes(name) {
			continue
		}
		v := valueAfter(line, i+1)
		if len(v) < 8 {
			continue
		}
		if vs := string(v); !vocab.IsPlaceholder(vs) && (!vocab.LooksLikeWords(vs) || allHex(vs)) && vocab.IsSecretName(string(name)) {
			return true
		}
	}
	return false
}

// valueAfter returns the value of genericValue after an operator at
// from: more operator bytes, blanks, a Python string prefix and a quote are
// skipped first.
func valueAfter(line []byte, from int) []byte {
	j := from
	for j < len(line) && strings.IndexByte("=:>| \t", line[j]) >= 0 {
		j++
	}
	j = skipWrapper(line, j)
	k := j
	for k < len(line) && k-j < 2 && strings.IndexByte("bruBRf", line[k]) >= 0 {
		k++
	}
	if k < len(line) && line[k] == '\\' {
		k++
	}
	if k < len(line) && strings.IndexByte("\"'`", line[k]) >= 0 {
		j = k + 1
	}
	e := j
	for e < len(line) && strings.IndexByte(" \t\r\"'`,;\\<>()[]{}", line[e]) < 0 {
		e++
	}
	if e < len(line) && strings.IndexByte("([{", line[e]) >= 0 {
		return nil // a call or an index, which genericValue refuses
	}
	return line[j:e]
}

// valueWrappers open a value that genericValue's valueOpen accepts.
var valueWrappers = [][]byte{[]byte("[]byte("), []byte("Buffer.from("), []byte("bytes("), []byte("bytearray(")}

// skipWrapper skips a list's opening bracket or a byte wrapper, and the
// blanks after it, at j.
func skipWrapper(line []byte, j int) int {
	start := j
	if j < len(line) && line[j] == '[' && !bytes.HasPrefix(line[j:], []byte("[]")) {
		j++
	} else {
		for _, w := range valueWrappers {
			if bytes.HasPrefix(line[j:], w) {
				j += len(w)
				break
			}
		}
	}
	if j == start {
		return j
	}
	for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
		j++
	}
	return j
}

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !vocab.IsHexByte(s[i]) {
			return false
		}
	}
	return true
}

// nameBefore returns the identifier that ends before the operator at i,
// skipping blanks, a closing quote or bracket, a backslash and a string
// type annotation ("var k string =", "k: str =").
func nameBefore(line []byte, i int) []byte {
	j := i
	for j > 0 && strings.IndexByte(" \t:=|?", line[j-1]) >= 0 {
		j--
	}
	end := j
	for end > 0 && isNameByte(line[end-1]) {
		end--
	}
	if end < j && isStringType(string(line[end:j])) {
		j = end
		// Rust's &str and &'static str.
		for j > 0 && strings.IndexByte(" \t", line[j-1]) >= 0 {
			j--
		}
		if bytes.HasSuffix(line[:j], []byte("'static")) {
			j -= len("'static")
		}
		for j > 0 && strings.IndexByte(" \t:&", line[j-1]) >= 0 {
			j--
		}
	}
	for j > 0 && strings.IndexByte("\"'`[]\\", line[j-1]) >= 0 {
		j--
	}
	start := j
	for start > 0 && isNameByte(line[start-1]) {
		start--
	}
	return line[start:j]
}

func isStringType(w string) bool {
	switch w {
	case "string", "str", "String", "bytes", "byte":
		return true
	}
	return false
}

func isNameByte(c byte) bool { return vocab.IsAlnum(c) || c == '_' || c == '.' || c == '-' }

// fernetGate passes lines holding 43 URL-safe base64 bytes and "=", with
// no such byte right before.
func fernetGate(line []byte) bool {
	for off := 0; ; {
		j := bytes.IndexByte(line[off:], '=')
		if j < 0 {
			return false
		}
		e := off + j
		if e >= 43 {
			run := 0
			for run < 43 && isKeyByte(line[e-1-run]) {
				run++
			}
			if run == 43 && (e == 43 || !isKeyByte(line[e-44])) {
				return true
			}
		}
		off = e + 1
	}
}

// isKeyByte reports the bytes of URL-safe base64.
func isKeyByte(c byte) bool { return vocab.IsAlnum(c) || c == '-' || c == '_' }

// urlGate passes lines where some "://" is followed by user info: a ":"
// and then an "@" before any "/", "?", "#", quote, angle bracket or blank.
func urlGate(line []byte) bool {
	for {
		i := bytes.Index(line, []byte("://"))
		if i < 0 {
			return false
		}
		line = line[i+3:]
		colon := false
		for _, c := range line {
			if c == ':' {
				colon = true
				continue
			}
			if c == '@' {
				if colon {
					return true
				}
				break
			}
			if strings.IndexByte("/?#\"'`<> \t\r", c) >= 0 {
				break
			}
		}
	}
}

// gitCredentialsGate passes lines that start, after blanks, with "http"
// and hold an "@".
func gitCredentialsGate(line []byte) bool {
	t := bytes.TrimLeft(line, " \t")
	return len(t) > 4 && (t[0] == 'h' || t[0] == 'H') && bytes.IndexByte(t, '@') > 0
}

// calledWithQuotedName reports whether the comma at i follows a quoted
// name that opens a call's arguments: `(  "NAME"  ,`.
func calledWithQuotedName(line []byte, i int) bool {
	j := i
	for j > 0 && (line[j-1] == ' ' || line[j-1] == '\t') {
		j--
	}
	if j == 0 || (line[j-1] != '"' && line[j-1] != '\'') {
		return false
	}
	q := line[j-1]
	k := j - 1
	for k > 0 && isNameByte(line[k-1]) {
		k--
	}
	if k == 0 || line[k-1] != q {
		return false
	}
	k--
	for k > 0 && (line[k-1] == ' ' || line[k-1] == '\t') {
		k--
	}
	return k > 0 && line[k-1] == '('
}
