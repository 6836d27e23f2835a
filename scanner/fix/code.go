package fix

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/envguard/envguard/scanner/pipeline"
)

// rewriteStep replaces the quoted literal leaked on the finding's line
// with a read of the environment variable (--rewrite).
func rewriteStep(f pipeline.Finding, leaked string) Step {
	expr := codeExpr(f.Path, f.Name)
	st := Step{Action: ActRewrite, Path: f.Path, Key: f.Name,
		Summary: fmt.Sprintf("%s:%d: replace the literal with %s", f.Path, f.Line, expr),
		run: func(ctx context.Context, w *worktree) error {
			return w.update(f.Path, 0o644, func(d []byte) ([]byte, error) {
				return replaceLiteral(d, f.Line, leaked, expr, path.Ext(f.Path) == ".py")
			})
		}}
	if path.Ext(f.Path) == ".py" {
		st.Notes = append(st.Notes, "make sure the module imports os")
	}
	return st
}

// replaceLiteral replaces the first quoted occurrence of secret on the
// 1-based line with expr, keeping every other byte. In Python (py) a
// string prefix goes with the literal, and a bytes literal (b'...', the
// form Fernet keys are often pasted in) becomes expr.encode(), so the code
// still gets bytes.
func replaceLiteral(d []byte, line int, secret, expr string, py bool) ([]byte, error) {
	start := 0
	for n := 1; n < line; n++ {
		i := strings.IndexByte(string(d[start:]), '\n')
		if i < 0 {
			return nil, fmt.Errorf("line %d is gone: change the code by hand", line)
		}
		start += i + 1
	}
	end := len(d)
	if i := strings.IndexByte(string(d[start:]), '\n'); i >= 0 {
		end = start + i
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

// codeExpr is the expression that reads variable name in the language of
// file, or "" when envguard does not know the language.
func codeExpr(file, name string) string {
	if h := codeHint(file, name); !strings.HasPrefix(h, "the environment") && !strings.HasPrefix(h, "\"$") {
		return h
	}
	return ""
}

// codeHint is how a program in the language of file reads variable name.
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
