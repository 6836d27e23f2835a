package rules

import "github.com/envguard/envguard/rules/engine"

// The engine that runs rules lives in package engine; these names keep
// the catalog's API whole for its callers, who build a [Set] from
// [Builtin] and their own rules.

// Rule is [engine.Rule].
type Rule = engine.Rule

// Examples is [engine.Examples].
type Examples = engine.Examples

// Set is [engine.Set].
type Set = engine.Set

// Match is [engine.Match].
type Match = engine.Match

// Severity is [engine.Severity].
type Severity = engine.Severity

// Severities, as in package engine.
const (
	SeverityLow      = engine.SeverityLow
	SeverityMedium   = engine.SeverityMedium
	SeverityHigh     = engine.SeverityHigh
	SeverityCritical = engine.SeverityCritical
)

// Compile is [engine.Compile].
func Compile(rs []Rule) (*Set, error) { return engine.Compile(rs) }

// CompileKeep is [engine.CompileKeep].
func CompileKeep(rs []Rule) (*Set, error) { return engine.CompileKeep(rs) }

// MustCompile is [engine.MustCompile].
func MustCompile(rs []Rule) *Set { return engine.MustCompile(rs) }
