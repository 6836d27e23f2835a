package allow

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/envguard/envguard/scanner/pipeline"
)

// GitleaksIgnoreFile is gitleaks' list of accepted findings, which
// envguard honours at the repository root so that a team moving over
// keeps what it accepted.
const GitleaksIgnoreFile = ".gitleaksignore"

// KindGitleaksIgnore is the reason of a finding .gitleaksignore accepts.
const KindGitleaksIgnore = "gitleaksignore"

// GitleaksIgnore is a [pipeline.Filter] built from a .gitleaksignore:
// one gitleaks fingerprint a line, "commit:file:rule:line" for history
// findings or "file:rule:line" for the others, "#" comments. A finding is
// accepted when its file and line match (and its commit, when the entry
// names one). The rule id is not compared: gitleaks and envguard name
// their rules differently, and the place is what the team reviewed.
type GitleaksIgnore struct {
	Path    string
	entries map[gitleaksKey]bool
}

type gitleaksKey struct {
	commit, file string
	line         int
}

// LoadGitleaksIgnore reads a .gitleaksignore. Lines that are not
// fingerprints are skipped and counted in the second result, for a
// warning; only an unreadable file is an error.
func LoadGitleaksIgnore(path string) (*GitleaksIgnore, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	// Bounded: a .gitleaksignore is a short list; a huge or endless file
	// (a link to /dev/zero) is not one.
	g, bad, err := ParseGitleaksIgnore(path, io.LimitReader(f, 16<<20))
	return g, bad, err
}

// ParseGitleaksIgnore reads .gitleaksignore lines from r.
func ParseGitleaksIgnore(name string, r io.Reader) (*GitleaksIgnore, int, error) {
	g := &GitleaksIgnore{Path: name, entries: map[gitleaksKey]bool{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	bad := 0
	for sc.Scan() {
		line := string(bytes.TrimSpace(sc.Bytes()))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, ok := parseGitleaksFingerprint(line)
		if !ok {
			bad++
			continue
		}
		g.entries[k] = true
	}
	if err := sc.Err(); err != nil {
		return nil, bad, fmt.Errorf("%s: %w", name, err)
	}
	return g, bad, nil
}

// parseGitleaksFingerprint splits "commit:file:rule:line" or
// "file:rule:line". A file name may hold colons: the rule and the line
// are the last two fields, and a leading 40 or 64 hex digit field is the
// commit.
func parseGitleaksFingerprint(s string) (gitleaksKey, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return gitleaksKey{}, false
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil || n < 1 {
		return gitleaksKey{}, false
	}
	rest := s[:i]
	j := strings.LastIndexByte(rest, ':')
	if j < 0 {
		return gitleaksKey{}, false
	}
	rest = rest[:j] // drop the rule id
	k := gitleaksKey{file: rest, line: n}
	if c, file, ok := strings.Cut(rest, ":"); ok && isHexID(c) {
		k.commit, k.file = c, file
	}
	return k, k.file != ""
}

// isHexID reports a commit id: 40 (SHA-1) or 64 (SHA-256) lower-case hex
// digits.
func isHexID(s string) bool { return (len(s) == 40 || len(s) == 64) && isLowerHex(s) }

// Len is the number of entries.
func (g *GitleaksIgnore) Len() int { return len(g.entries) }

// Check implements [pipeline.Filter].
func (g *GitleaksIgnore) Check(f *pipeline.Finding) (pipeline.Reason, bool) {
	if len(g.entries) == 0 || f.Line < 1 {
		return pipeline.Reason{}, false
	}
	k := gitleaksKey{file: f.Path, line: f.Line}
	if f.Commit != nil && g.entries[gitleaksKey{commit: f.Commit.Hash, file: f.Path, line: f.Line}] || g.entries[k] {
		return pipeline.Reason{Kind: KindGitleaksIgnore, Detail: g.Path}, true
	}
	return pipeline.Reason{}, false
}
