package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/pipeline"
)

// fakeSecret is made up for these tests; it has the shape of a token.
const fakeSecret = "tok_9fQ2xLr7Vb3Kp8Zt1Wm5Yc4Hs6Jd0Ng"

func sampleFindings() []pipeline.Finding {
	return []pipeline.Finding{
		{
			RuleID: "example-token", Description: "Example service token", Severity: rules.SeverityHigh,
			Path: "config/app settings.py", Line: 3, Column: 9, EndLine: 3,
			Secret: pipeline.NewSecret(fakeSecret), Name: "API_TOKEN",
			Rotate:      "https://example.com/tokens",
			Fingerprint: pipeline.Fingerprint("example-token", fakeSecret),
		},
		{
			RuleID: "other-key", Description: "Other key", Severity: rules.SeverityLow,
			Path: "a.env", Line: 1, Column: 1, EndLine: 2,
			Secret:      pipeline.NewSecret(fakeSecret + "x"),
			Fingerprint: pipeline.Fingerprint("other-key", fakeSecret+"x"),
			Commit: &pipeline.Commit{Hash: "0123456789abcdef0123456789abcdef01234567", Author: "Ann",
				Email: "ann@example.com", Date: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)},
		},
	}
}

func sampleErrors() error {
	var l pipeline.ErrorList
	l.Add("broken.bin", "", errors.New("permission denied"))
	return l.Err()
}

func render(t *testing.T, format string, opts Options, fs []pipeline.Finding, errs error) string {
	t.Helper()
	r, err := New(format, opts)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Report(&b, fs, errs); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestRedactedInEveryFormat is the redaction guarantee: without
// ShowSecrets no format contains any raw secret, and with it every format
// does.
func TestRedactedInEveryFormat(t *testing.T) {
	for _, format := range Formats() {
		out := render(t, format, Options{Version: "1.0.0", Source: "staged changes"}, sampleFindings(), sampleErrors())
		if strings.Contains(out, fakeSecret) || strings.Contains(out, fakeSecret[8:]) {
			t.Errorf("%s: raw secret in output:\n%s", format, out)
		}
		if !strings.Contains(out, "tok_") {
			t.Errorf("%s: no redacted secret in output:\n%s", format, out)
		}
		shown := render(t, format, Options{ShowSecrets: true}, sampleFindings(), nil)
		if !strings.Contains(shown, fakeSecret) {
			t.Errorf("%s with ShowSecrets: secret missing:\n%s", format, shown)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("yaml", Options{}); err == nil || !strings.Contains(err.Error(), "use text, json, sarif or junit") {
		t.Fatalf("New(yaml) = %v", err)
	}
}

func TestText(t *testing.T) {
	out := render(t, "text", Options{Source: "history"}, sampleFindings(), sampleErrors())
	for _, want := range []string{
		"config/app settings.py:3:9: example-token: Example service token\n",
		"    secret: tok_********\n",
		"    name:   API_TOKEN\n",
		"    commit: 0123456789ab by Ann <ann@example.com> on 2026-01-02T03:04:05Z\n",
		"broken.bin: error: permission denied\n",
		"move each value to .env",
		"rotate every secret",
		"example-token: https://example.com/tokens",
		"envguard fix",
		"# envguard:allow",
		"envguard baseline",
		"envguard: 2 findings in history (2 files), but 1 file could not be scanned\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	whole := []pipeline.Finding{{RuleID: "env/tracked", Description: ".env is tracked", Path: ".env", Message: "run git rm --cached .env"}}
	out = render(t, "text", Options{}, whole, nil)
	if !strings.HasPrefix(out, ".env: env/tracked: .env is tracked\n    run git rm --cached .env\n") {
		t.Errorf("whole-file finding:\n%s", out)
	}
	if got := render(t, "text", Options{}, nil, nil); got != "" {
		t.Errorf("clean text report = %q, want nothing", got)
	}
}

func TestJSON(t *testing.T) {
	out := render(t, "json", Options{Version: "1.2.3"}, sampleFindings(), sampleErrors())
	var doc struct {
		Version  string           `json:"version"`
		Findings []map[string]any `json:"findings"`
		Errors   []map[string]any `json:"errors"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if doc.Version != "1.2.3" || len(doc.Findings) != 2 || len(doc.Errors) != 1 {
		t.Fatalf("bad document:\n%s", out)
	}
	f := doc.Findings[0]
	for _, k := range []string{"rule", "description", "severity", "file", "line", "column", "end_line", "secret", "fingerprint", "name"} {
		if _, ok := f[k]; !ok {
			t.Errorf("finding lacks %q: %v", k, f)
		}
	}
	if _, ok := f["commit"]; ok {
		t.Errorf("staged finding has a commit: %v", f)
	}
	h := doc.Findings[1]
	if h["commit"] != "0123456789abcdef0123456789abcdef01234567" || h["author"] != "Ann" || h["email"] != "ann@example.com" || h["date"] != "2026-01-02T03:04:05Z" {
		t.Errorf("history finding: %v", h)
	}
	if doc.Errors[0]["file"] != "broken.bin" || doc.Errors[0]["error"] != "permission denied" {
		t.Errorf("errors: %v", doc.Errors)
	}
	clean := render(t, "json", Options{}, nil, nil)
	if !strings.Contains(clean, `"findings": []`) || !strings.Contains(clean, `"errors": []`) {
		t.Errorf("clean JSON has null arrays:\n%s", clean)
	}
}

// TestSARIFRequired checks the properties the SARIF 2.1.0 schema requires,
// and those GitHub code scanning needs, on a generic decode of the output.
func TestSARIFRequired(t *testing.T) {
	out := render(t, "sarif", Options{Version: "1.2.3"}, sampleFindings(), sampleErrors())
	var log map[string]any
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	if log["version"] != "2.1.0" || !strings.Contains(log["$schema"].(string), "sarif-2.1.0") {
		t.Fatalf("version/$schema: %v %v", log["version"], log["$schema"])
	}
	runs := log["runs"].([]any)
	if len(runs) != 1 {
		t.Fatalf("runs: %d", len(runs))
	}
	run := runs[0].(map[string]any)
	driver := run["tool"].(map[string]any)["driver"].(map[string]any)
	if driver["name"] != "envguard" || driver["version"] != "1.2.3" || driver["informationUri"] == "" {
		t.Errorf("driver: %v", driver)
	}
	rulesArr := driver["rules"].([]any)
	if len(rulesArr) != 2 {
		t.Fatalf("rules: %v", rulesArr)
	}
	ids := map[string]int{}
	for i, r := range rulesArr {
		rm := r.(map[string]any)
		ids[rm["id"].(string)] = i
		for _, k := range []string{"shortDescription", "help"} {
			if rm[k].(map[string]any)["text"] == "" {
				t.Errorf("rule %v lacks %s.text", rm["id"], k)
			}
		}
		if _, ok := rm["properties"].(map[string]any)["security-severity"]; !ok {
			t.Errorf("rule %v lacks security-severity", rm["id"])
		}
	}
	inv := run["invocations"].([]any)[0].(map[string]any)
	if inv["executionSuccessful"] != false || len(inv["toolExecutionNotifications"].([]any)) != 1 {
		t.Errorf("invocation: %v", inv)
	}
	results := run["results"].([]any)
	if len(results) != 2 {
		t.Fatalf("results: %d", len(results))
	}
	for _, r := range results {
		rm := r.(map[string]any)
		id := rm["ruleId"].(string)
		if int(rm["ruleIndex"].(float64)) != ids[id] {
			t.Errorf("result %s: ruleIndex %v, want %d", id, rm["ruleIndex"], ids[id])
		}
		if rm["message"].(map[string]any)["text"] == "" {
			t.Errorf("result %s: empty message", id)
		}
		if lv := rm["level"]; lv != "error" && lv != "warning" && lv != "note" {
			t.Errorf("result %s: level %v", id, lv)
		}
		loc := rm["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
		uri := loc["artifactLocation"].(map[string]any)["uri"].(string)
		if strings.HasPrefix(uri, "/") || strings.Contains(uri, " ") || strings.Contains(uri, `\`) {
			t.Errorf("result %s: uri %q is not a relative URI", id, uri)
		}
		reg := loc["region"].(map[string]any)
		if reg["startLine"].(float64) < 1 || reg["startColumn"].(float64) < 1 || reg["endLine"].(float64) < reg["startLine"].(float64) {
			t.Errorf("result %s: region %v", id, reg)
		}
		pf := rm["partialFingerprints"].(map[string]any)
		if len(pf) != 1 || pf[fingerprintKey] == "" {
			t.Errorf("result %s: partialFingerprints %v", id, pf)
		}
	}
	if !strings.Contains(out, `"config/app%20settings.py"`) {
		t.Errorf("path with a space is not percent-encoded:\n%s", out)
	}
	clean := render(t, "sarif", Options{}, nil, nil)
	if !strings.Contains(clean, `"results": []`) || !strings.Contains(clean, `"rules": []`) {
		t.Errorf("clean SARIF lacks empty results/rules arrays:\n%s", clean)
	}
}

type junitDoc struct {
	XMLName  xml.Name `xml:"testsuites"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Suites   []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Errors   int    `xml:"errors,attr"`
		Cases    []struct {
			Name    string `xml:"name,attr"`
			Failure *struct {
				Message string `xml:"message,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			Error *struct {
				Message string `xml:"message,attr"`
			} `xml:"error"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func TestJUnitParses(t *testing.T) {
	var doc junitDoc
	out := render(t, "junit", Options{Source: "staged changes"}, sampleFindings(), sampleErrors())
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(doc.Suites) != 1 {
		t.Fatalf("suites: %d", len(doc.Suites))
	}
	s := doc.Suites[0]
	if s.Tests != 3 || s.Failures != 2 || s.Errors != 1 || len(s.Cases) != 3 {
		t.Fatalf("suite counts: %+v", s)
	}
	if s.Cases[0].Failure == nil || !strings.Contains(s.Cases[0].Failure.Text, "secret: tok_********") {
		t.Errorf("first case: %+v", s.Cases[0])
	}
	if s.Cases[2].Error == nil {
		t.Errorf("error case: %+v", s.Cases[2])
	}

	doc = junitDoc{}
	if err := xml.Unmarshal([]byte(render(t, "junit", Options{}, nil, nil)), &doc); err != nil {
		t.Fatal(err)
	}
	if s := doc.Suites[0]; s.Tests != 1 || s.Failures != 0 || len(s.Cases) != 1 || s.Cases[0].Failure != nil {
		t.Errorf("clean suite: %+v", s)
	}
}
