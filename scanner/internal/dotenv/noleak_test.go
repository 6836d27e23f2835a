package dotenv

import (
	"strings"
	"testing"
)

// leakSecret is a fake token assembled at run time so that the test file
// itself trips no scanner. Issue 14: errors about file content must never
// quote the content.
var leakSecret = "ghp" + "_" + strings.Repeat("aB3dE6gH9k", 3) + "Zz1q9x"

// TestErrorsNeverQuoteContent feeds every error path of Parse and Set a
// secret in each place it could sit and checks no error text holds any
// piece of it.
func TestErrorsNeverQuoteContent(t *testing.T) {
	s := leakSecret
	parse := []string{
		"A=1\n" + s + "\n",          // a bare token: no '='
		"A=1\n" + s + " x=1\n",      // expected '=' after the key
		"A=1\n" + s + ":x\n",        // a byte that ends a key
		"A=1\n'" + s + "'\n",        // a line that starts with a quote
		"A=1\n9" + s + "=1\n",       // a line that starts with a digit
		"A=1\n\"" + s + "\n",        // a lone quoted token
		s + "=\"open\n",             // the key is the secret, unclosed
		"K=\"" + s + "\n",           // the value is the secret, unclosed
		s + "='x' y\n",              // text after the closing quote
		"K='x' " + s + "\n",         // the text after the quote is the secret
		"K=`" + s + "\nmore\n",      // backtick, unclosed, spanning lines
		"export " + s + "\n",        // exported bare token
		"\xEF\xBB\xBF" + s + "\r\n", // BOM and CRLF
	}
	for _, in := range parse {
		_, err := Parse([]byte(in))
		if err == nil {
			t.Errorf("Parse(%d bytes): no error", len(in))
			continue
		}
		checkNoLeak(t, "Parse", err.Error())
		_, _, err = Set([]byte(in), "NEW", "v", SetOptions{})
		if err == nil {
			t.Errorf("Set on a broken file: no error")
			continue
		}
		checkNoLeak(t, "Set", err.Error())
	}
	for _, c := range []struct{ key, value string }{
		{s + "!", "v"},      // invalid key
		{"9" + s, "v"},      // invalid key, digit first
		{"K", s + "\nnext"}, // raw value with a line break
		{s, "x\r" + s},      // both
	} {
		_, _, err := Set([]byte("A=1\n"), c.key, c.value, SetOptions{Raw: true})
		if err == nil {
			t.Errorf("Set(%d-byte key): no error", len(c.key))
			continue
		}
		checkNoLeak(t, "Set", err.Error())
	}
}

// checkNoLeak fails when msg holds any 8-byte piece of leakSecret.
func checkNoLeak(t *testing.T, what, msg string) {
	t.Helper()
	for i := 0; i+8 <= len(leakSecret); i++ {
		if strings.Contains(msg, leakSecret[i:i+8]) {
			t.Errorf("%s error quotes the content: %q", what, msg)
			return
		}
	}
}
