package report

import (
	"encoding/json"
	"io"

	"github.com/envguard/envguard/scanner/pipeline"
)

// JSON writes one object: {"version": ..., "findings": [...], "errors": [...]}.
// Both arrays are present (possibly empty) so consumers need no null checks.
type JSON struct{ opts Options }

// jsonReport is the document [JSON] writes.
type jsonReport struct {
	Version  string        `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Errors   []jsonError   `json:"errors"`
}

// jsonFinding is one finding. Secret is already redacted unless the user
// asked for secrets; it is a plain string so the redaction decision is
// made in one place, [secretText].
type jsonFinding struct {
	Rule        string `json:"rule"`
	Description string `json:"description"`
	Severity    string `json:"severity"`
	File        string `json:"file"`
	Line        int    `json:"line"`
	Column      int    `json:"column"`
	EndLine     int    `json:"end_line"`
	Secret      string `json:"secret"`
	Fingerprint string `json:"fingerprint"`
	Commit      string `json:"commit,omitempty"`
	Author      string `json:"author,omitempty"`
	Email       string `json:"email,omitempty"`
	Date        string `json:"date,omitempty"`
	Name        string `json:"name,omitempty"`
	Message     string `json:"message,omitempty"`
	Rotate      string `json:"rotate,omitempty"`
	// Also lists the secret's further places (one secret, one finding).
	Also []jsonLocation `json:"also,omitempty"`
}

// jsonLocation is a further place of a finding's secret.
type jsonLocation struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Commit string `json:"commit,omitempty"`
}

// jsonError is a file that could not be scanned.
type jsonError struct {
	File   string `json:"file,omitempty"`
	Commit string `json:"commit,omitempty"`
	Error  string `json:"error"`
}

// Report implements [Reporter].
func (j *JSON) Report(w io.Writer, findings []pipeline.Finding, errs error) error {
	doc := jsonReport{Version: j.opts.Version, Findings: make([]jsonFinding, 0, len(findings)), Errors: []jsonError{}}
	if doc.Version == "" {
		doc.Version = "dev"
	}
	for i := range findings {
		f := &findings[i]
		jf := jsonFinding{
			Rule:        f.RuleID,
			Description: f.Description,
			Severity:    severity(f),
			File:        f.Path,
			Line:        f.Line,
			Column:      f.Column,
			EndLine:     max(f.EndLine, f.Line),
			Secret:      secretText(f, j.opts.ShowSecrets),
			Fingerprint: f.Fingerprint,
			Name:        f.Name,
			Message:     f.Message,
			Rotate:      f.Rotate,
		}
		if c := f.Commit; c != nil {
			jf.Commit, jf.Author, jf.Email, jf.Date = c.Hash, c.Author, c.Email, date(c.Date)
		}
		for _, l := range f.Also {
			jl := jsonLocation{File: l.Path, Line: l.Line, Column: l.Column}
			if l.Commit != nil {
				jl.Commit = l.Commit.Hash
			}
			jf.Also = append(jf.Also, jl)
		}
		doc.Findings = append(doc.Findings, jf)
	}
	for _, e := range fileErrors(errs) {
		doc.Errors = append(doc.Errors, jsonError{File: e.Path, Commit: e.Commit, Error: e.Msg})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
