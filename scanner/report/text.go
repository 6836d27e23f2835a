package report

import (
	"fmt"
	"io"
	"sort"

	"github.com/envguard/envguard/scanner/pipeline"
)

// Text writes findings the way a compiler writes errors, one
// "path:line:col: rule-id: description" line each followed by the redacted
// secret and, for history findings, the commit; then, once, what to do
// next and a one-line summary. A clean scan writes nothing.
type Text struct{ opts Options }

func style(f func(string) string, s string) string {
	if f == nil {
		return s
	}
	return f(s)
}

// Report implements [Reporter].
func (t *Text) Report(w io.Writer, findings []pipeline.Finding, errs error) error {
	ew := &errWriter{w: w}
	st := t.opts.Styles
	files := map[string]bool{}
	more := 0
	for i := range findings {
		f := &findings[i]
		files[f.Path] = true
		more += len(f.Also)
		t.finding(ew, f)
	}
	ferrs := fileErrors(errs)
	for _, e := range ferrs {
		where := QuotePath(e.Path)
		if e.Commit != "" {
			where = pipeline.ShortHash(e.Commit) + ":" + where
		}
		if where == "" {
			where = "envguard"
		}
		ew.printf("%s: %s %s\n", style(st.Path, where), style(st.Warning, "error:"), e.Msg)
	}
	if len(findings) > 0 {
		t.nextSteps(ew, findings)
	}
	if len(findings) > 0 || len(ferrs) > 0 {
		sum := t.summary(len(findings), len(files), len(ferrs))
		if more > 0 {
			sum += fmt.Sprintf("; the same secrets in %s", Plural(more, "more place"))
		}
		ew.printf("%s\n", sum)
	}
	return ew.err
}

// finding writes one finding: its location line and its details.
func (t *Text) finding(ew *errWriter, f *pipeline.Finding) {
	st := t.opts.Styles
	loc := location(f) + ":"
	ew.printf("%s %s %s\n", style(st.Path, loc), style(st.Rule, f.RuleID+":"), f.Description)
	if s := secretText(f, t.opts.ShowSecrets); s != "" {
		ew.printf("    secret: %s\n", style(st.Secret, s))
	}
	if f.Name != "" {
		ew.printf("    name:   %s\n", f.Name)
	}
	if c := f.Commit; c != nil {
		line := "    commit: " + pipeline.ShortHash(c.Hash)
		if c.Author != "" {
			line += " by " + c.Author
			if c.Email != "" {
				line += " <" + c.Email + ">"
			}
		}
		if d := date(c.Date); d != "" {
			line += " on " + d
		}
		ew.printf("%s\n", line)
	}
	if f.Message != "" {
		ew.printf("    %s\n", f.Message)
	}
	for i, l := range f.Also {
		if i == 3 {
			ew.printf("            and %s\n", Plural(len(f.Also)-3, "more place"))
			break
		}
		at := fmt.Sprintf("%s:%d:%d", QuotePath(l.Path), l.Line, max(l.Column, 1))
		if l.Commit != nil {
			at += " in " + pipeline.ShortHash(l.Commit.Hash)
		}
		label := "    also:  "
		if i > 0 {
			label = "           "
		}
		ew.printf("%s %s\n", label, style(st.Path, at))
	}
}

// nextSteps says, once, what to do about the findings.
func (t *Text) nextSteps(ew *errWriter, findings []pipeline.Finding) {
	st := t.opts.Styles
	rotate := map[string]string{}
	history := false
	for i := range findings {
		if findings[i].Rotate != "" {
			rotate[findings[i].RuleID] = findings[i].Rotate
		}
		history = history || findings[i].Commit != nil
	}
	ew.printf("\n%s\n", style(st.Hint, "what to do next:"))
	ew.printf("  - move each value to .env (git ignores it) and load it from the environment\n")
	if history {
		ew.printf("  - rotate every secret above at its provider: it is in the git history, and deleting it now does not revoke it\n")
	} else {
		ew.printf("  - if a value was ever pushed or shared, rotate it at its provider: deleting it does not revoke it\n")
	}
	ids := make([]string, 0, len(rotate))
	for id := range rotate {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		ew.printf("      %s: %s\n", id, rotate[id])
	}
	ew.printf("  - run 'envguard fix --dry-run' to see the repairs envguard can make ('--yes' applies them)\n")
	accept := t.opts.Accept
	if accept == "" {
		accept = "envguard baseline"
	}
	ew.printf("  - a false positive? add '# envguard:allow' to its line, or accept the current findings with '%s'\n", accept)
	ew.printf("\n")
}

// Summary is the one line that sums up a scan, as the text report ends:
// "envguard: 3 findings in staged changes (2 files)" or "envguard: no
// secrets found in history"; errs counts the files not scanned.
func Summary(findings []pipeline.Finding, errs int, source string) string {
	files := map[string]bool{}
	for i := range findings {
		files[findings[i].Path] = true
	}
	return summary(len(findings), len(files), errs, source)
}

// summary is the last line: how many findings in how many files.
func (t *Text) summary(findings, files, errs int) string {
	return summary(findings, files, errs, t.opts.Source)
}

func summary(findings, files, errs int, source string) string {
	where := ""
	if source != "" {
		where = " in " + source
	}
	var s string
	if findings == 0 {
		s = "envguard: no secrets found" + where
	} else {
		s = fmt.Sprintf("envguard: %s%s (%s)", Plural(findings, "finding"), where, Plural(files, "file"))
	}
	if errs > 0 {
		s += fmt.Sprintf(", but %s could not be scanned", Plural(errs, "file"))
	}
	return s
}

// location is "path:line:col", or just the path for findings about a
// whole file (a tracked .env).
func location(f *pipeline.Finding) string {
	if f.Line <= 0 {
		return QuotePath(f.Path)
	}
	return fmt.Sprintf("%s:%d:%d", QuotePath(f.Path), f.Line, max(f.Column, 1))
}
