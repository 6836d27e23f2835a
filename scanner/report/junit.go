package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/envguard/envguard/scanner/pipeline"
)

// JUnit writes JUnit XML for CI systems that show test reports: one test
// suite, one failed test case per finding, one errored test case per file
// that could not be scanned, and a single passing test case when the scan
// is clean, so the CI page shows that the scan ran.
type JUnit struct{ opts Options }

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name      string      `xml:"name,attr"`
	Tests     int         `xml:"tests,attr"`
	Failures  int         `xml:"failures,attr"`
	Errors    int         `xml:"errors,attr"`
	Skipped   int         `xml:"skipped,attr"`
	TestCases []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

// Report implements [Reporter].
func (j *JUnit) Report(w io.Writer, findings []pipeline.Finding, errs error) error {
	name := "envguard"
	if j.opts.Source != "" {
		name += " (" + j.opts.Source + ")"
	}
	suite := junitSuite{Name: name}
	for i := range findings {
		suite.TestCases = append(suite.TestCases, j.failure(&findings[i]))
	}
	for _, e := range fileErrors(errs) {
		where := e.Path
		if e.Commit != "" {
			where = pipeline.ShortHash(e.Commit) + ":" + where
		}
		suite.TestCases = append(suite.TestCases, junitCase{
			Name:      "scan " + where,
			ClassName: "envguard.error",
			File:      e.Path,
			Error:     &junitProblem{Message: oneLine(e.Msg), Type: "scan-error", Text: e.Msg},
		})
		suite.Errors++
	}
	suite.Failures = len(findings)
	if len(suite.TestCases) == 0 {
		suite.TestCases = []junitCase{{Name: "no secrets found", ClassName: "envguard"}}
	}
	suite.Tests = len(suite.TestCases)
	doc := junitSuites{Name: "envguard", Tests: suite.Tests, Failures: suite.Failures, Errors: suite.Errors, Suites: []junitSuite{suite}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// failure turns a finding into a failed test case.
func (j *JUnit) failure(f *pipeline.Finding) junitCase {
	var text strings.Builder
	fmt.Fprintf(&text, "%s: %s: %s\n", location(f), f.RuleID, f.Description)
	if s := secretText(f, j.opts.ShowSecrets); s != "" {
		fmt.Fprintf(&text, "secret: %s\n", s)
	}
	if c := f.Commit; c != nil {
		fmt.Fprintf(&text, "commit: %s %s <%s> %s\n", c.Hash, c.Author, c.Email, date(c.Date))
	}
	if f.Message != "" {
		fmt.Fprintf(&text, "%s\n", f.Message)
	}
	text.WriteString("Move the value to .env and load it from the environment; rotate it if it was ever pushed.\n")
	if f.Rotate != "" {
		fmt.Fprintf(&text, "Rotate it at %s\n", f.Rotate)
	}
	msg := f.Description
	if msg == "" {
		msg = f.RuleID
	}
	return junitCase{
		Name:      location(f) + " " + f.RuleID,
		ClassName: "envguard." + f.RuleID,
		File:      f.Path,
		Line:      f.Line,
		Failure:   &junitProblem{Message: msg, Type: f.RuleID, Text: text.String()},
	}
}
