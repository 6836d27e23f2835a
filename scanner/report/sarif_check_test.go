package report

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/envguard/envguard/scanner/pipeline"
)

// Issue 16: every SARIF log envguard writes is a valid SARIF 2.1.0 log:
// with findings (history ones too), per-file errors, a failed scan, and
// nothing at all.
func TestSARIFValid(t *testing.T) {
	f := pipeline.Finding{RuleID: "acme-key", Description: "ACME key", Path: "src/a b.py", Line: 3, Column: 7, EndLine: 3,
		Secret: pipeline.NewSecret("acme_q8w7e6r5t4y3u2i1o0p9l8k7j6h5g4f3"), Fingerprint: strings.Repeat("ab", 32), Rotate: "https://example.com/rotate"}
	h := f
	h.Commit = &pipeline.Commit{Hash: strings.Repeat("cd", 20), Author: "a", Date: time.Unix(0, 0)}
	whole := pipeline.Finding{RuleID: "env/tracked", Path: ".env", Message: "tracked"}
	for name, c := range map[string]struct {
		fs   []pipeline.Finding
		errs error
	}{
		"findings":    {[]pipeline.Finding{f, h, whole}, nil},
		"file errors": {[]pipeline.Finding{f}, pipeline.ErrorList{{Path: "big.bin", Err: errors.New("too large")}, {Err: errors.New("no path")}}},
		"failed scan": {nil, errors.New(`range "nope..HEAD": unknown revision "nope"`)},
		"clean":       {nil, nil},
	} {
		var buf bytes.Buffer
		if err := (&SARIF{opts: Options{Version: "v1.2.3"}}).Report(&buf, c.fs, c.errs); err != nil {
			t.Fatal(err)
		}
		if err := CheckSARIF(buf.Bytes()); err != nil {
			t.Errorf("%s: %v\n%s", name, err, buf.String())
		}
	}
}

// The checker itself catches what the standard forbids.
func TestCheckSARIFCatches(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{`{"version": "2.0.0", "runs": []}`, "not one of 2.1.0"},
		{`{"runs": []}`, `required property "version"`},
		{`{"version": "2.1.0", "runs": [{}]}`, `required property "tool"`},
		{`{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`, `required property "name"`},
		{`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {}}]}]}`, "needs one of text, id"},
		{`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`, `"fatal" is not one of`},
		{`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a"}, "region": {"startLine": 0}}}]}]}]}`, "below the minimum 1"},
		{`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "invocations": [{"executionSuccessful": true, "extra": 1}]}]}`, `no property "extra"`},
	} {
		if err := CheckSARIF([]byte(c.doc)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("CheckSARIF(%s) = %v, want %q", c.doc, err, c.want)
		}
	}
}
