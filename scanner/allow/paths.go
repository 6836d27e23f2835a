package allow

import (
	"fmt"
	"path"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// PathSet is a set of doublestar globs compiled once for fast matching of
// slash-separated paths relative to the repository root.
//
// A glob without a slash (".env", "*.lock") matches a file or folder name
// at any depth, as in .gitignore; a leading "/" anchors it to the root. A
// glob with a slash matches the whole path, and a literal path also
// matches everything under it ("docs/examples" covers
// "docs/examples/a.py"). Literal names, extensions ("*.lock") and folder
// prefixes ("vendor/**") are looked up in maps; only the other globs fall
// back to [doublestar.Match].
type PathSet struct {
	globs []string
	// names maps a literal file or folder name to its glob.
	names map[string]string
	// exts maps an extension with its dot (".lock") to its glob.
	exts map[string]string
	// literals maps a full literal path to its glob; it also matches
	// everything under that path.
	literals map[string]string
	// nameGlobs match any one path component; pathGlobs the whole path.
	nameGlobs, pathGlobs []glob
}

type glob struct{ pattern, orig string }

// NewPathSet compiles globs. A glob that doublestar cannot parse is an
// error that names it.
func NewPathSet(globs []string) (*PathSet, error) {
	s := &PathSet{names: map[string]string{}, exts: map[string]string{}, literals: map[string]string{}}
	for _, orig := range globs {
		if err := s.add(orig); err != nil {
			return nil, err
		}
		s.globs = append(s.globs, orig)
	}
	return s, nil
}

func (s *PathSet) add(orig string) error {
	g := strings.TrimPrefix(orig, "./")
	anchored := strings.HasPrefix(g, "/")
	g = strings.TrimRight(strings.TrimLeft(g, "/"), "/")
	if g == "" {
		return fmt.Errorf("empty path glob %q: name a file, a folder or a pattern such as \"*.lock\"", orig)
	}
	if !doublestar.ValidatePattern(g) {
		return fmt.Errorf("bad path glob %q: check its brackets and braces", orig)
	}
	if !anchored && strings.HasPrefix(g, "**/") && !strings.Contains(g[3:], "/") {
		g = g[3:] // "**/x" is the same as a slash-free "x"
	}
	if strings.HasSuffix(g, "/**") && !hasMeta(g[:len(g)-3]) {
		s.literals[g[:len(g)-3]] = orig
		return nil
	}
	switch {
	case !hasMeta(g) && (anchored || strings.Contains(g, "/")):
		s.literals[g] = orig
	case !hasMeta(g):
		s.names[g] = orig
	case anchored || strings.Contains(g, "/"):
		s.pathGlobs = append(s.pathGlobs, glob{g, orig})
	case strings.HasPrefix(g, "*.") && !hasMeta(g[2:]) && !strings.Contains(g[2:], "."):
		s.exts[g[1:]] = orig
	default:
		s.nameGlobs = append(s.nameGlobs, glob{g, orig})
	}
	return nil
}

func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[]{}\`) }

// Len is the number of globs in s.
func (s *PathSet) Len() int { return len(s.globs) }

// Match reports whether p matches a glob of s, and which one.
func (s *PathSet) Match(p string) (string, bool) {
	if s == nil || len(s.globs) == 0 {
		return "", false
	}
	p = strings.TrimPrefix(p, "./")
	if g, ok := s.exts[path.Ext(p)]; ok && path.Ext(p) != "" {
		return g, true
	}
	// Walk the components: names and name globs match any of them,
	// literals any prefix that ends at a component boundary.
	rest := p
	for start := 0; ; {
		i := strings.IndexByte(rest, '/')
		comp := rest
		if i >= 0 {
			comp = rest[:i]
		}
		if g, ok := s.names[comp]; ok {
			return g, true
		}
		for _, ng := range s.nameGlobs {
			if ok, _ := doublestar.Match(ng.pattern, comp); ok {
				return ng.orig, true
			}
		}
		end := start + len(comp)
		if g, ok := s.literals[p[:end]]; ok {
			return g, true
		}
		if i < 0 {
			break
		}
		rest = rest[i+1:]
		start = end + 1
	}
	for _, pg := range s.pathGlobs {
		if ok, _ := doublestar.Match(pg.pattern, p); ok {
			return pg.orig, true
		}
	}
	return "", false
}
