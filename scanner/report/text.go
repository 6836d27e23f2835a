package report

import (
	"fmt"
	"io"

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
	more := 0
	for i := range findings {
		f := &findings[i]
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
		sum := Summary(findings, len(ferrs), t.opts.Source)
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

// Summary is the one line that sums up a scan, as the text report ends:
// "envguard: 3 findings in staged changes (2 files)" or "envguard: no
// secrets found in history"; errs counts the files not scanned.
func Summary(findings []pipeline.Finding, errs int, source string) string {
	files := map[string]bool{}
	n, loose := 0, 0
	for i := range findings {
		// An env file git does not ignore is not part of what was
		// scanned (it is neither staged nor committed): it is counted as
		// what it is (issue 13).
		if findings[i].RuleID == envNotIgnored {
			loose++
			continue
		}
		n++
		files[findings[i].Path] = true
	}
	s := summary(n, len(files), errs, source)
	if loose > 0 {
		what := Plural(loose, "env file") + " that git does not ignore: 'git add .' would commit "
		if loose == 1 {
			what += "it (add the .gitignore line above)"
		} else {
			what += "them (add the .gitignore lines above)"
		}
		if n == 0 && errs == 0 {
			return "envguard: " + what
		}
		s += "; and " + what
	}
	return s
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
