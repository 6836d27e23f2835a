package fix

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/envguard/envguard/scanner/pipeline"
)

// rewrite is how a leaked literal in code becomes a read of the
// environment, in the project's own idiom (see idiom.go).
type rewrite struct {
	enabled bool   // --rewrite was given
	name    string // the variable
	expr    string // what replaces the literal; "" when envguard does not know the language
	// blocked says why the line cannot be rewritten safely (a constant
	// that must stay one); the change is printed instead.
	blocked string
	// lineEdit changes the rest of the line (const becomes var); nil
	// when nothing else changes.
	lineEdit func(line string) string
	// imports adds what the new expression needs to the file; nil when
	// it needs nothing.
	imports func(d []byte) []byte
	// notes are printed with the step: what the rewrite added, how .env
	// gets into the environment.
	notes []string
	// needs names what the file needs, for the printed advice (an import).
	needs string
}

func (r rewrite) ok() bool { return r.enabled && r.expr != "" && r.blocked == "" }

// hints are the lines printed when the code is not rewritten.
func (r rewrite) hints(f pipeline.Finding) []string {
	if r.expr == "" {
		return []string{fmt.Sprintf("%s:%d: replace the literal with a read of %s from the environment, e.g. %s", f.Path, f.Line, r.name, codeHint(f.Path, r.name))}
	}
	h := fmt.Sprintf("%s:%d: replace the literal with a read of %s from the environment, e.g. %s", f.Path, f.Line, r.name, r.expr)
	if r.needs != "" {
		h += " (with " + r.needs + ")"
	}
	out := []string{h}
	if r.blocked != "" {
		out = append(out, "not rewritten by --rewrite: "+r.blocked)
	}
	return append(out, r.notes...)
}

// step replaces the quoted literal leaked on the finding's line with the
// read of the variable (--rewrite), and adds the import it needs.
func (r rewrite) step(f pipeline.Finding, leaked string) Step {
	summary := fmt.Sprintf("%s:%d: replace the literal with %s", f.Path, f.Line, r.expr)
	if r.needs != "" {
		summary += " and add " + r.needs
	}
	return Step{Action: ActRewrite, Path: f.Path, Key: r.name, Summary: summary, Notes: r.notes,
		run: func(ctx context.Context, w *worktree) error {
			return w.update(f.Path, 0o644, func(d []byte) ([]byte, error) {
				out, err := replaceLiteral(d, f.Line, leaked, r.expr, path.Ext(f.Path) == ".py")
				if err != nil {
					return nil, err
				}
				if r.lineEdit != nil {
					out = editLine(out, f.Line, r.lineEdit)
				}
				if r.imports != nil {
					out = r.imports(out)
				}
				return out, nil
			})
		}}
}

// lineBounds returns where the 1-based line starts and ends (before its
// line break) in d.
func lineBounds(d []byte, line int) (start, end int, ok bool) {
	for n := 1; n < line; n++ {
		i := strings.IndexByte(string(d[start:]), '\n')
		if i < 0 {
			return 0, 0, false
		}
		start += i + 1
	}
	end = len(d)
	if i := strings.IndexByte(string(d[start:]), '\n'); i >= 0 {
		end = start + i
	}
	return start, end, true
}

// editLine replaces the 1-based line of d with edit(line).
func editLine(d []byte, line int, edit func(string) string) []byte {
	start, end, ok := lineBounds(d, line)
	if !ok {
		return d
	}
	out := append([]byte{}, d[:start]...)
	out = append(out, edit(string(d[start:end]))...)
	return append(out, d[end:]...)
}

// replaceLiteral replaces the first quoted occurrence of secret on the
// 1-based line with expr, keeping every other byte. In Python (py) a
// string prefix goes with the literal, and a bytes literal (b'...', the
// form Fernet keys are often pasted in) becomes expr.encode(), so the code
// still gets bytes.
func replaceLiteral(d []byte, line int, secret, expr string, py bool) ([]byte, error) {
	start, end, ok := lineBounds(d, line)
	if !ok {
		return nil, fmt.Errorf("line %d is gone: change the code by hand", line)
	}
	text := string(d[start:end])
	for _, q := range []string{`"`, `'`, "`"} {
		if i := strings.Index(text, q+secret+q); i >= 0 {
			from, repl := i, expr
			if py {
				from = pyPrefixStart(text, i)
				if strings.ContainsAny(text[from:i], "bB") {
					repl += ".encode()"
				}
			}
			out := append([]byte{}, d[:start+from]...)
			out = append(out, repl...)
			return append(out, d[start+i+len(secret)+2:]...), nil
		}
	}
	if strings.Contains(text, expr) {
		return d, nil // rewritten by an earlier run
	}
	return nil, fmt.Errorf("line %d does not hold the secret as a quoted literal: change the code by hand", line)
}

// pyPrefixStart returns where the string prefix (b, r, u, f, rb...) of the
// Python literal whose quote is at i begins; i when it has none.
func pyPrefixStart(text string, i int) int {
	j := i
	for j > 0 && i-j < 2 && strings.IndexByte("bBrRuUfF", text[j-1]) >= 0 {
		j--
	}
	if j > 0 {
		c := text[j-1]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return i // part of an identifier, not a prefix
		}
	}
	return j
}

// codeExpr is the plain expression that reads variable name in the
// language of file, or "" when envguard does not know the language.
func codeExpr(file, name string) string {
	if h := codeHint(file, name); !strings.HasPrefix(h, "the environment") && !strings.HasPrefix(h, "\"$") {
		return h
	}
	return ""
}

// codeHint is how a program in the language of file reads variable name
// with the standard library.
func codeHint(file, name string) string {
	switch path.Ext(file) {
	case ".py":
		return fmt.Sprintf("os.environ[%q]", name)
	case ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx":
		return "process.env." + name
	case ".go":
		return fmt.Sprintf("os.Getenv(%q)", name)
	case ".rb":
		return fmt.Sprintf("ENV.fetch(%q)", name)
	case ".php":
		return fmt.Sprintf("getenv('%s')", name)
	case ".java", ".kt":
		return fmt.Sprintf("System.getenv(%q)", name)
	case ".rs":
		return fmt.Sprintf("std::env::var(%q)", name)
	case ".cs":
		return fmt.Sprintf("Environment.GetEnvironmentVariable(%q)", name)
	case ".sh", ".bash", ".zsh":
		return "\"$" + name + "\""
	}
	return "the environment variable " + name
}
