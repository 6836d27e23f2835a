package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"sort"

	"github.com/envguard/envguard/scanner/pipeline"
)

// SARIF writes a SARIF 2.1.0 log that GitHub code scanning accepts: one
// run, a driver rule per rule that found something, one result per
// finding with a relative artifact URI, a region and partialFingerprints
// from the finding's fingerprint. Per-file errors become tool execution
// notifications.
type SARIF struct{ opts Options }

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	// informationURI is where the driver's documentation lives.
	informationURI = "https://github.com/envguard/envguard"
	// fingerprintKey names our fingerprint in partialFingerprints; the
	// suffix versions its definition (see pipeline.Fingerprint).
	fingerprintKey = "envguardFingerprint/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID               string         `json:"id"`
	Name             string         `json:"name,omitempty"`
	ShortDescription sarifText      `json:"shortDescription"`
	Help             sarifText      `json:"help"`
	HelpURI          string         `json:"helpUri,omitempty"`
	Properties       map[string]any `json:"properties"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifRelated    `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

// sarifRelated is a further place of a result's secret.
type sarifRelated struct {
	ID               int           `json:"id"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
}

// Report implements [Reporter].
func (s *SARIF) Report(w io.Writer, findings []pipeline.Finding, errs error) error {
	version := s.opts.Version
	if version == "" {
		version = "dev"
	}
	rules, index := sarifRules(findings)
	run := sarifRun{
		Tool:        sarifTool{Driver: sarifDriver{Name: "envguard", InformationURI: informationURI, Version: version, Rules: rules}},
		Invocations: []sarifInvocation{{ExecutionSuccessful: errs == nil}},
		Results:     make([]sarifResult, 0, len(findings)),
	}
	for _, e := range fileErrors(errs) {
		n := sarifNotification{Level: "error", Message: sarifText{Text: e.Msg}}
		if e.Path != "" {
			n.Locations = []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: artifact(e.Path)}}}
		}
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications, n)
	}
	for i := range findings {
		run.Results = append(run.Results, s.result(&findings[i], index))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

// result turns one finding into a SARIF result.
func (s *SARIF) result(f *pipeline.Finding, index map[string]int) sarifResult {
	msg := f.Description
	if msg == "" {
		msg = f.RuleID
	}
	if sec := secretText(f, s.opts.ShowSecrets); sec != "" {
		msg += ": " + sec
	}
	if f.Message != "" {
		msg += ". " + oneLine(f.Message)
	}
	props := map[string]any{}
	if c := f.Commit; c != nil {
		msg += fmt.Sprintf(" (added in commit %s)", pipeline.ShortHash(c.Hash))
		props["commit"] = c.Hash
		if c.Author != "" {
			props["author"] = c.Author
		}
		if d := date(c.Date); d != "" {
			props["date"] = d
		}
	}
	if f.Name != "" {
		props["name"] = f.Name
	}
	if len(props) == 0 {
		props = nil
	}
	fp := f.Fingerprint
	if fp == "" {
		fp = pipeline.Fingerprint(f.RuleID, f.Path+"\x00"+f.Message)
	}
	var related []sarifRelated
	for i, l := range f.Also {
		r := sarifRelated{ID: i + 1, PhysicalLocation: sarifPhysical{ArtifactLocation: artifact(l.Path),
			Region: &sarifRegion{StartLine: max(l.Line, 1), StartColumn: max(l.Column, 1)}}}
		if l.Commit != nil {
			r.Message = &sarifText{Text: "the same secret, in commit " + pipeline.ShortHash(l.Commit.Hash)}
		}
		related = append(related, r)
	}
	return sarifResult{
		RelatedLocations: related,
		RuleID:           f.RuleID,
		RuleIndex:        index[f.RuleID],
		Level:            sarifLevel(severity(f)),
		Message:          sarifText{Text: msg},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
			ArtifactLocation: artifact(f.Path),
			Region:           region(f),
		}}},
		PartialFingerprints: map[string]string{fingerprintKey: fp},
		Properties:          props,
	}
}

// sarifRules returns one driver rule per rule id used, sorted by id, and
// each id's index in that list.
func sarifRules(findings []pipeline.Finding) ([]sarifRule, map[string]int) {
	byID := map[string]*pipeline.Finding{}
	for i := range findings {
		if _, ok := byID[findings[i].RuleID]; !ok {
			byID[findings[i].RuleID] = &findings[i]
		}
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	rules := make([]sarifRule, 0, len(ids))
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		f := byID[id]
		index[id] = i
		desc := f.Description
		if desc == "" {
			desc = id
		}
		help := "Move the value to .env (which git ignores) and load it from the environment. " +
			"If it was ever pushed, rotate it at its provider: deleting it does not revoke it."
		if f.Rotate != "" {
			help += " Rotate it at " + f.Rotate + "."
		}
		help += " For a false positive, add '# envguard:allow' to the line or record it with 'envguard baseline'."
		sev := severity(f)
		rules = append(rules, sarifRule{
			ID:               id,
			ShortDescription: sarifText{Text: desc},
			Help:             sarifText{Text: help},
			HelpURI:          f.Rotate,
			Properties: map[string]any{
				"tags":              []string{"security", "secret"},
				"precision":         "high",
				"problem.severity":  sarifLevel(sev),
				"security-severity": securitySeverity(sev),
			},
		})
	}
	return rules, index
}

// artifact makes a relative, percent-encoded URI from a slash path.
func artifact(path string) sarifArtifact {
	u := &url.URL{Path: path}
	return sarifArtifact{URI: u.EscapedPath(), URIBaseID: "%SRCROOT%"}
}

// region is where the secret is; findings about a whole file have none.
func region(f *pipeline.Finding) *sarifRegion {
	if f.Line <= 0 {
		return nil
	}
	return &sarifRegion{StartLine: f.Line, StartColumn: max(f.Column, 1), EndLine: max(f.EndLine, f.Line)}
}

// sarifLevel maps a severity to a SARIF result level.
func sarifLevel(sev string) string {
	switch sev {
	case "low":
		return "note"
	case "medium":
		return "warning"
	}
	return "error"
}

// securitySeverity is the 0-10 score GitHub code scanning ranks alerts by.
func securitySeverity(sev string) string {
	switch sev {
	case "low":
		return "3.0"
	case "medium":
		return "5.5"
	case "critical":
		return "9.5"
	}
	return "8.0"
}
