package envguard

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/internal/dotenv"
	"github.com/envguard/envguard/scanner/pipeline"
)

// Value is one classified entry of an example file.
type Value struct {
	Path string
	// Line and Column (1-based, in bytes) are where the raw value starts.
	Line, Column int
	Key          string
	Verdict      Verdict
}

// Secret returns the secret-looking part of the value, redacting itself.
func (v Value) Secret() pipeline.Secret { return pipeline.NewSecret(v.Verdict.Secret) }

// FileError is an example or env file that could not be read or parsed.
// Line is 0 when the file could not be read.
type FileError struct {
	Path string
	Line int
	Err  error
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		var pe *dotenv.ParseError
		if errors.As(e.Err, &pe) {
			return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, pe.Msg)
		}
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }

// ParseFile parses data read from path, wrapping a syntax error in a
// *[FileError] that names the file and line.
func ParseFile(path string, data []byte) (*dotenv.File, error) {
	f, err := dotenv.Parse(data)
	if err != nil {
		if pe, ok := err.(*dotenv.ParseError); ok {
			return nil, &FileError{Path: path, Line: pe.Line, Err: pe}
		}
		return nil, &FileError{Path: path, Err: err}
	}
	return f, nil
}

// CheckExample classifies every value of an example file (see
// [Classify]). Every entry is returned, in file order; the caller reports
// those of [ClassSecret].
func CheckExample(path string, f *dotenv.File, set *rules.Set) []Value {
	vals := make([]Value, 0, len(f.Entries))
	for i := range f.Entries {
		e := &f.Entries[i]
		vals = append(vals, Value{Path: path, Line: e.Line, Column: e.ValueStart - e.Start + 1, Key: e.Key, Verdict: Classify(e, set)})
	}
	return vals
}

// DriftReport lists keys that differ between an example and its .env.
type DriftReport struct {
	// MissingFromExample are keys set in .env that the example does not
	// list: a collaborator would not know to set them.
	MissingFromExample []string `json:"missing_from_example"`
	// MissingFromEnv are keys the example lists that .env does not set.
	MissingFromEnv []string `json:"missing_from_env"`
}

// Empty reports whether the key sets agree.
func (d DriftReport) Empty() bool {
	return len(d.MissingFromExample) == 0 && len(d.MissingFromEnv) == 0
}

// Drift compares the keys of an example file with those of its .env.
// documented lists keys the example mentions only in a comment ("#
// OPTIONAL_KEY=", see [CommentedKeys]): they are not missing from it.
func Drift(example, env *dotenv.File, documented []string) DriftReport {
	skip := map[string]bool{}
	for _, k := range documented {
		skip[k] = true
	}
	var d DriftReport
	d.MissingFromExample = missing(env.Keys(), example, skip)
	d.MissingFromEnv = missing(example.Keys(), env, nil)
	return d
}

func missing(keys []string, in *dotenv.File, skip map[string]bool) []string {
	out := []string{}
	for _, k := range keys {
		if in.Lookup(k) == nil && !skip[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// CommentedKeys returns the keys of commented-out assignments in a dotenv
// file ("# KEY=value", "#export KEY="), which examples use to document
// optional settings.
func CommentedKeys(data []byte) []string {
	var keys []string
	for _, line := range strings.Split(string(data), "\n") {
		t := strings.TrimLeft(line, " \t")
		if !strings.HasPrefix(t, "#") {
			continue
		}
		t = strings.TrimLeft(strings.TrimLeft(t, "#"), " \t")
		t = strings.TrimPrefix(t, "export ")
		eq := strings.IndexByte(t, '=')
		if eq <= 0 {
			continue
		}
		if f, err := dotenv.Parse([]byte(t[:eq] + "=")); err == nil && len(f.Entries) == 1 {
			keys = append(keys, f.Entries[0].Key)
		}
	}
	return keys
}

// Finding is the env guard's finding for a secret-like value in an
// example file (rule [RuleExampleSecret]), with Name set to the key and
// KeyKind to the kind of key that replaces the value. Every pass that
// reports example values (the staged scan, fix) converts them here.
func (v Value) Finding() pipeline.Finding {
	return pipeline.Finding{
		RuleID:      RuleExampleSecret,
		Description: "Secret-like value in an example env file",
		Severity:    rules.SeverityHigh,
		Path:        v.Path,
		Line:        v.Line,
		Column:      v.Column,
		EndLine:     v.Line,
		Secret:      pipeline.NewSecret(v.Verdict.Secret),
		Name:        v.Key,
		KeyKind:     v.Verdict.KeyKind,
		Message:     fmt.Sprintf("%s: %s; example files are committed, so they must hold placeholders only", v.Key, v.Verdict.Reason),
		Fingerprint: pipeline.Fingerprint(RuleExampleSecret, v.Key+"="+v.Verdict.Secret),
	}
}
