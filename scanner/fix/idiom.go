package fix

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strings"
	"sync"

	"github.com/envguard/envguard/scanner/pipeline"
)

// The project's idiom is read from the code file itself, the files beside
// it with the same extension and the manifests (requirements.txt,
// package.json, go.mod, ...) in its folder and at the root: see
// [Facts.Context].
var manifestNames = []string{"requirements.txt", "requirements-dev.txt", "requirements.in", "pyproject.toml",
	"Pipfile", "setup.cfg", "setup.py", "package.json", "go.mod", "Gemfile", "composer.json"}

// The code idioms a rewrite looks for, compiled on first use: every
// command links this package, and few run a rewrite.
var (
	pyDecouple     = lazyRegexp(`(?m)^\s*(from\s+decouple\s+import|import\s+decouple\b)`)
	pyDecoupleConf = lazyRegexp(`(?m)^\s*from\s+decouple\s+import\s+[^\n]*\bconfig\b`)
	pyEnvironVar   = lazyRegexp(`(?m)^(\w+)\s*=\s*environ\.Env\(`)
	pyImportOS     = lazyRegexp(`(?m)^import\s+(?:[\w.]+\s*,\s*)*os\s*(?:,|$|#)`)
	pyImportLine   = lazyRegexp(`^(?:import|from)\s+\S`)
	goImportsOS    = lazyRegexp(`(?m)^\s*(?:import\s+)?"os"\s*$`)
	goConstBlock   = lazyRegexp(`^\s*const\s*\(`)
)

// lazyRegexp returns a function that compiles expr on its first call.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// rewriteFor says how the leak f in code becomes a read of f.Name in the
// project's idiom: python-decouple's config(), django-environ's env(),
// os.environ (with python-dotenv or without), process.env, os.Getenv...
// and the import and the change of a constant the new line needs.
func (p *planner) rewriteFor(f pipeline.Finding) rewrite {
	r := rewrite{enabled: p.opts.Rewrite, name: f.Name, expr: codeExpr(f.Path, f.Name)}
	src := p.facts.Context[f.Path]
	lineText := ""
	if s, e, ok := lineBounds(src, f.Line); ok && src != nil {
		lineText = string(src[s:e])
	}
	near, manifests := p.projectText(f.Path)
	env := p.opts.EnvFile
	switch path.Ext(f.Path) {
	case ".py":
		p.pythonIdiom(&r, f, src, near, manifests, env)
	case ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx":
		if !bytes.Contains(manifests, []byte(`"dotenv"`)) && !bytes.Contains(near, []byte("dotenv")) {
			r.notes = append(r.notes, fmt.Sprintf("nothing in the project loads %s: run node --env-file=%s (Node 20.6+) or load it with the dotenv package", env, env))
		}
	case ".go":
		if !goImportsOS().Match(src) {
			r.needs, r.imports = `import "os"`, goAddImportOS
		}
		trimmed := strings.TrimSpace(lineText)
		switch {
		case strings.HasPrefix(trimmed, "const "):
			r.lineEdit = func(l string) string { return strings.Replace(l, "const ", "var ", 1) }
			r.notes = append(r.notes, "the constant becomes a var: os.Getenv is read at run time")
		case inGoConstBlock(src, f.Line):
			r.blocked = "the literal is in a const ( ... ) block: move it out as a var"
		}
		if !bytes.Contains(manifests, []byte("godotenv")) {
			r.notes = append(r.notes, fmt.Sprintf("Go does not read %s by itself: export it (set -a; . ./%s; set +a) or load it with github.com/joho/godotenv", env, env))
		}
	case ".cs":
		if strings.Contains(" "+lineText, " const ") {
			if !regexp.MustCompile(`\b(public|private|protected|internal)\b`).MatchString(lineText) {
				r.blocked = "a local const cannot read the environment: make it a variable"
			} else {
				r.lineEdit = func(l string) string { return strings.Replace(l, "const ", "static readonly ", 1) }
				r.notes = append(r.notes, "the const becomes static readonly")
			}
		}
		if !bytes.Contains(src, []byte("using System;")) {
			r.expr = "System." + r.expr
		}
	case ".kt":
		if strings.Contains(" "+lineText, " const val ") {
			r.lineEdit = func(l string) string { return strings.Replace(l, "const val ", "val ", 1) }
		}
	case ".php":
		if strings.Contains(" "+lineText, " const ") {
			r.blocked = "a PHP const cannot call getenv(): read it where it is used"
		}
	case ".rs":
		r.blocked = "std::env::var returns a Result<String>, not a &str: read it where the value is used"
	}
	return r
}

// pythonIdiom fills r for a Python file: decouple when the project uses
// it, else django-environ's env() when the file made one, else os.environ.
func (p *planner) pythonIdiom(r *rewrite, f pipeline.Finding, src, near, manifests []byte, env string) {
	if pyDecouple().Match(src) || pyDecouple().Match(near) || bytes.Contains(bytes.ToLower(manifests), []byte("python-decouple")) {
		r.expr = fmt.Sprintf("config(%q)", r.name)
		if !pyDecoupleConf().Match(src) {
			r.needs, r.imports = "from decouple import config", pyAddImport("from decouple import config", f.Line)
		}
		return
	}
	if m := pyEnvironVar().FindSubmatch(src); m != nil {
		r.expr = fmt.Sprintf("%s(%q)", m[1], r.name)
		return
	}
	if !pyImportOS().Match(src) {
		r.needs, r.imports = "import os", pyAddImport("import os", f.Line)
	}
	all := append(append(append([]byte{}, src...), near...), manifests...)
	if !bytes.Contains(all, []byte("load_dotenv")) && !bytes.Contains(all, []byte("python-dotenv")) && !bytes.Contains(all, []byte("read_env")) {
		r.notes = append(r.notes, fmt.Sprintf("nothing in the project loads %s into the environment: call python-dotenv's load_dotenv() first, or export it (set -a; . ./%s; set +a)", env, env))
	}
}

// projectText returns the text of the files beside rel with its extension,
// and of the manifests in its folder and at the root.
func (p *planner) projectText(rel string) (near, manifests []byte) {
	for name, data := range p.facts.Context {
		switch {
		case name == rel:
		case slicesContains(manifestNames, path.Base(name)):
			manifests = append(manifests, data...)
		case path.Ext(name) == path.Ext(rel):
			near = append(near, data...)
		}
	}
	return near, manifests
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// pyAddImport returns an edit that adds the import line after the last
// top-level import above the 1-based line that uses it (or after the
// module's docstring and leading comments when there is none).
func pyAddImport(imp string, line int) func([]byte) []byte {
	return func(d []byte) []byte {
		nl := "\n"
		if bytes.Contains(d, []byte("\r\n")) {
			nl = "\r\n"
		}
		lines := strings.SplitAfter(string(d), "\n")
		at, lastImport := 0, -1
		inDoc := ""
		for i, l := range lines {
			t := strings.TrimSpace(l)
			switch {
			case inDoc != "":
				if strings.Contains(t, inDoc) {
					inDoc, at = "", i+1
				}
				continue
			case i == at && (strings.HasPrefix(t, `"""`) || strings.HasPrefix(t, `'''`)):
				q := t[:3]
				if strings.Count(t, q) >= 2 && len(t) > 3 {
					at = i + 1
				} else {
					inDoc = q
				}
				continue
			case i == at && (t == "" || strings.HasPrefix(t, "#")):
				at = i + 1
				continue
			case pyImportLine().MatchString(l) && i < line-1:
				lastImport = i
			}
		}
		if lastImport >= 0 {
			at = lastImport + 1
		}
		if at > len(lines) {
			at = len(lines)
		}
		out := strings.Join(lines[:at], "")
		if out != "" && !strings.HasSuffix(out, "\n") {
			out += nl
		}
		return []byte(out + imp + nl + strings.Join(lines[at:], ""))
	}
}

// goAddImportOS adds "os" to the imports of a Go file.
func goAddImportOS(d []byte) []byte {
	s := string(d)
	if i := strings.Index(s, "\nimport ("); i >= 0 {
		j := i + len("\nimport (")
		return []byte(s[:j] + "\n\t\"os\"" + s[j:])
	}
	if i := strings.Index(s, "\nimport \""); i >= 0 {
		return []byte(s[:i] + "\nimport \"os\"" + s[i:])
	}
	if i := strings.Index(s, "package "); i >= 0 {
		if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
			return []byte(s[:i+j+1] + "\nimport \"os\"\n" + s[i+j+1:])
		}
	}
	return d
}

// inGoConstBlock reports whether the 1-based line lies inside a
// "const (" block.
func inGoConstBlock(src []byte, line int) bool {
	lines := strings.Split(string(src), "\n")
	for i := line - 2; i >= 0 && i < len(lines); i-- {
		t := strings.TrimSpace(lines[i])
		if goConstBlock().MatchString(lines[i]) {
			return true
		}
		if t == ")" || strings.HasPrefix(t, "func ") || strings.HasPrefix(t, "var (") || strings.HasPrefix(t, "import (") {
			return false
		}
	}
	return false
}
