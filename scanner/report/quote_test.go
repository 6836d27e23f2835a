package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

// Issue 14: control characters in paths are quoted as git quotes them, so
// a file name cannot rewrite the terminal.
func TestQuotePath(t *testing.T) {
	for in, want := range map[string]string{
		"app.py":          "app.py",
		"café/ü.py":       "café/ü.py",
		"a\x1b[2Jb.py":    `"a\033[2Jb.py"`,
		"tab\there.py":    `"tab\there.py"`,
		"line\nbreak":     `"line\nbreak"`,
		`quo"te`:          `quo"te`,
		"quo\"te\t":       `"quo\"te\t"`,
		`back\slash`:      `back\slash`,
		"bad\xffutf8":     `"bad\377utf8"`,
		"c1\u009bcontrol": `"c1\302\233control"`,
		"del\x7f":         `"del\177"`,
		"cr\rover.py":     `"cr\rover.py"`,
		"bell\a":          `"bell\a"`,
	} {
		if got := QuotePath(in); got != want {
			t.Errorf("QuotePath(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestTextQuotesPaths(t *testing.T) {
	f := pipeline.Finding{RuleID: "acme-key", Path: "evil\x1b]0;pwned\a.py", Line: 1, Column: 1, Description: "d"}
	var buf bytes.Buffer
	if err := (&Text{}).Report(&buf, []pipeline.Finding{f}, pipeline.ErrorList{{Path: "x\x1by", Err: errString("boom")}}); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(buf.String(), "\x1b\a") {
		t.Errorf("raw control characters in text output: %q", buf.String())
	}
	if !strings.Contains(buf.String(), `"evil\033]0;pwned\a.py":1:1:`) || !strings.Contains(buf.String(), `"x\033y": error:`) {
		t.Errorf("paths not quoted: %q", buf.String())
	}
}

type errString string

func (e errString) Error() string { return string(e) }
