package fix

import (
	"context"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/internal/gitignore"
)

// keepOut makes sure git neither tracks nor can pick up the env file rel:
// it is removed from the index and added to the root .gitignore (both in
// [planner.finish], each file once).
func (p *planner) keepOut(rel string) error {
	if !p.once("out:" + rel) {
		return nil
	}
	ff, err := p.facts.file(rel)
	if err != nil {
		return err
	}
	p.tighten(rel, ff)
	if ff.Tracked {
		p.untrack = append(p.untrack, rel)
		if ff.InHead {
			p.commits[rel] = true
		}
	}
	switch {
	case ff.Covered:
	case ff.Blocker != "":
		p.advise("block:"+rel, fmt.Sprintf("%s: no line in the root .gitignore can ignore it: remove the pattern that re-includes it (%s)", rel, ff.Blocker))
	default:
		p.ignore = append(p.ignore, rel)
	}
	return nil
}

// ignoreStep adds the narrowest lines that ignore the env files of
// keepOut to the root .gitignore.
func (p *planner) ignoreStep() Step {
	lines := ignoreLines(p.ignore, p.examplesIn)
	for _, l := range p.reinclude {
		if !slices.Contains(lines, l) {
			lines = append(lines, l)
		}
	}
	return Step{
		Action:  ActIgnore,
		Path:    ".gitignore",
		Summary: fmt.Sprintf(".gitignore: add %s", strings.Join(lines, " ")),
		run: func(ctx context.Context, w *worktree) error {
			return w.update(".gitignore", 0o644, func(d []byte) ([]byte, error) {
				return appendIgnoreLines(d, lines), nil
			})
		},
	}
}

// examplesIn lists the example files that exist in the folder dir.
func (p *planner) examplesIn(dir string) []string {
	var out []string
	for _, n := range exampleNames {
		rel := path.Join(dir, n)
		if p.opts.Matcher.Kind(rel) == envguard.KindExample && p.facts.Files[rel].Exists {
			out = append(out, rel)
		}
	}
	return out
}

// RootIgnoreLine is the root .gitignore line that ignores exactly the
// file rel (a slash path from the root), special characters escaped.
func RootIgnoreLine(rel string) string { return "/" + gitignore.Escape(rel) }

// tighten plans making the env file rel private when group or others may
// read it (once per file).
func (p *planner) tighten(rel string, ff FileFacts) {
	if !ff.Exists || ff.Mode&0o077 == 0 || !p.once("mode:"+rel) {
		return
	}
	p.add(Step{Action: ActTighten, Path: rel,
		Summary: fmt.Sprintf("%s: make it readable by you only (mode %04o, was %04o: others on this machine could read its secrets)", rel, ff.Mode&^0o077, ff.Mode),
		run: func(ctx context.Context, w *worktree) error {
			_, err := w.tighten(rel)
			return err
		}})
}
