package allow

import (
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

// Issue 16: .gitleaksignore entries are honoured.
func TestGitleaksIgnore(t *testing.T) {
	commit := strings.Repeat("ab", 20)
	g, bad, err := ParseGitleaksIgnore(".gitleaksignore", strings.NewReader(
		"# accepted\n"+commit+":src/app.py:generic-api-key:12\nconfig/dev.env:aws-access-token:3\nweird:name.py:rule:7\nnot a fingerprint\n"))
	if err != nil || bad != 1 || g.Len() != 3 {
		t.Fatalf("Parse = %v bad=%d len=%d", err, bad, g.Len())
	}
	at := func(path string, line int, c string) *pipeline.Finding {
		f := &pipeline.Finding{RuleID: "envguard-rule", Path: path, Line: line}
		if c != "" {
			f.Commit = &pipeline.Commit{Hash: c}
		}
		return f
	}
	for _, c := range []struct {
		f    *pipeline.Finding
		want bool
	}{
		{at("src/app.py", 12, commit), true},
		{at("src/app.py", 12, strings.Repeat("cd", 20)), false},
		{at("src/app.py", 12, ""), false},
		{at("src/app.py", 13, commit), false},
		{at("config/dev.env", 3, ""), true},
		{at("config/dev.env", 3, commit), true},
		{at("weird:name.py", 7, ""), true},
	} {
		if _, ok := g.Check(c.f); ok != c.want {
			t.Errorf("Check(%s:%d %v) = %v, want %v", c.f.Path, c.f.Line, c.f.Commit, ok, c.want)
		}
	}
}
