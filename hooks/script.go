package hooks

import (
	"bytes"
	"embed"
	"fmt"
	"path/filepath"
	"strings"
	"text/template"
)

// scripts holds the hook templates: one per hook plus common.sh, which
// holds what they share (finding envguard, the chained hook).
//
//go:embed scripts/*.sh
var scripts embed.FS

// Script returns the hook script for hook that falls back on executable
// when envguard is not on PATH.
func Script(hook Hook, executable string) ([]byte, error) {
	switch hook {
	case PreCommit, PrePush:
	default:
		return nil, fmt.Errorf("unknown hook %q: use %s or %s", hook, PreCommit, PrePush)
	}
	if !filepath.IsAbs(executable) {
		return nil, fmt.Errorf("envguard's path %q is not absolute", executable)
	}
	if strings.ContainsAny(executable, "\x00\n") {
		return nil, fmt.Errorf("envguard's path %q holds a newline or NUL: install envguard in a folder with a plain name", executable)
	}
	t, err := template.ParseFS(scripts, "scripts/common.sh", "scripts/"+string(hook)+".sh")
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	data := struct {
		Hook       Hook
		Executable string
	}{hook, shellQuote(executable)}
	if err := t.ExecuteTemplate(&b, string(hook)+".sh", data); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// shellQuote quotes s for a POSIX shell: it wraps s in single quotes and
// writes each single quote inside s as quote, backslash, quote, quote.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
