package allow

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/envguard/envguard/scanner/pipeline"
)

// BaselineVersion is the version of the baseline file format envguard
// writes. Version 2 stores each fingerprint through a salted slow [Hash];
// version 1 stored the bare fingerprints (a SHA-256 of rule and secret,
// which confirms a guessed secret in a microsecond). Version 1 files are
// still read, and 'envguard baseline' rewrites them as version 2.
const BaselineVersion = 2

// DefaultBaselineFile is where `envguard baseline` writes by default.
const DefaultBaselineFile = ".envguard-baseline.json"

// Entry is one accepted finding. Only Fingerprint is used for matching;
// Rule and Path are there for the humans who review the file. A baseline
// never holds a secret.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Path        string `json:"path"`
}

// Baseline is a set of accepted findings, matched by fingerprint (a hash
// of rule id and secret): a moved line or a rebased commit stays
// accepted, and a different secret on the same line does not. It is a
// [pipeline.Filter] and records which entries matched, for [Baseline.Stale].
type Baseline struct {
	// Path of the file it was read from, for messages.
	Path string
	// Hash is how the file's fingerprints are stored; nil for a version-1
	// file, which stores them bare.
	Hash    *Hash
	entries []Entry
	// sums memoizes Hash.Sum by finding fingerprint: the hash is slow on
	// purpose, and one secret is often found in many places.
	sums sync.Map
	// index maps a fingerprint to whether any finding matched it. The map
	// is read-only after loading; the flags are atomic, so Check is safe
	// for concurrent use.
	index map[string]*atomic.Bool
}

// BaselineError is a baseline file that cannot be used.
type BaselineError struct {
	Path string
	// Line is 1-based; 0 when unknown.
	Line int
	Msg  string
}

func (e *BaselineError) Error() string {
	where := e.Path
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	return where + ": " + e.Msg
}

// Hint says how to repair the file.
func (e *BaselineError) Hint() string {
	return fmt.Sprintf("fix the file, or make it again with 'envguard baseline --output %s'", e.Path)
}

// baselineFile is the document on disk.
type baselineFile struct {
	Version int     `json:"version"`
	Hash    *Hash   `json:"hash,omitempty"`
	Entries []Entry `json:"entries"`
}

// LoadBaseline reads a baseline file. A missing, unreadable or malformed
// file is a *[BaselineError] (or wraps one) that names the file.
func LoadBaseline(path string) (*Baseline, error) {
	data, err := readCapped(path, maxBaselineSize)
	if err != nil {
		msg := err.Error()
		if errors.Is(err, os.ErrNotExist) {
			msg = "no such baseline file"
		}
		return nil, &BaselineError{Path: path, Msg: msg}
	}
	return ParseBaseline(path, data)
}

// maxBaselineSize bounds what is read: about 400,000 entries. A device or
// a link to one (/dev/zero) is refused rather than read forever.
const maxBaselineSize = 64 << 20

func readCapped(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(data)) > limit {
		err = fmt.Errorf("larger than %d MiB: not a baseline", limit>>20)
	}
	return data, err
}

// ParseBaseline reads a baseline from data; name is used in errors.
func ParseBaseline(name string, data []byte) (*Baseline, error) {
	var f baselineFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, jsonError(name, data, dec, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &BaselineError{Path: name, Line: lineAt(data, int(dec.InputOffset())), Msg: "unexpected content after the baseline object"}
	}
	switch {
	case f.Version != 1 && f.Version != BaselineVersion:
		return nil, &BaselineError{Path: name, Msg: fmt.Sprintf("unsupported baseline version %d (this envguard reads versions 1 and %d)", f.Version, BaselineVersion)}
	case f.Version == 1 && f.Hash != nil:
		return nil, &BaselineError{Path: name, Msg: "a version 1 baseline has no \"hash\""}
	case f.Version == BaselineVersion && f.Hash == nil:
		return nil, &BaselineError{Path: name, Msg: fmt.Sprintf("a version %d baseline needs \"hash\"", BaselineVersion)}
	case f.Hash != nil:
		if err := f.Hash.check(); err != nil {
			return nil, &BaselineError{Path: name, Msg: err.Error()}
		}
	}
	b := &Baseline{Path: name, Hash: f.Hash, index: make(map[string]*atomic.Bool, len(f.Entries))}
	for i, e := range f.Entries {
		if !isFingerprint(e.Fingerprint) {
			return nil, &BaselineError{Path: name, Line: entryLine(data, i), Msg: fmt.Sprintf("entry %d: fingerprint %q is not 64 lower-case hex digits", i+1, e.Fingerprint)}
		}
		if _, dup := b.index[e.Fingerprint]; !dup {
			b.index[e.Fingerprint] = new(atomic.Bool)
		}
		b.entries = append(b.entries, e)
	}
	return b, nil
}

// jsonError turns a decoding error into a BaselineError with a line.
func jsonError(name string, data []byte, dec *json.Decoder, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return &BaselineError{Path: name, Line: lineAt(data, int(syn.Offset)), Msg: "not valid JSON: " + syn.Error()}
	case errors.As(err, &typ):
		msg := "the baseline must be a JSON object with \"version\" and \"entries\""
		if typ.Field != "" {
			msg = fmt.Sprintf("%s: expected %s, found %s", typ.Field, jsonKind(typ.Type.Kind()), typ.Value)
		}
		return &BaselineError{Path: name, Line: lineAt(data, int(typ.Offset)), Msg: msg}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &BaselineError{Path: name, Msg: "empty or truncated baseline"}
	}
	return &BaselineError{Path: name, Line: lineAt(data, int(dec.InputOffset())), Msg: strings.TrimPrefix(err.Error(), "json: ")}
}

// jsonKind names what a Go kind looks like in JSON.
func jsonKind(k reflect.Kind) string {
	switch k {
	case reflect.Int, reflect.Int64:
		return "a number"
	case reflect.String:
		return "a string"
	case reflect.Slice:
		return "an array"
	case reflect.Struct:
		return "an object"
	}
	return k.String()
}

// lineAt returns the 1-based line of byte offset off in data.
func lineAt(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}

// entryLine guesses the line of the i-th entry: the i-th occurrence of
// "fingerprint". It is only used in messages.
func entryLine(data []byte, i int) int {
	off := 0
	for n := 0; ; n++ {
		j := bytes.Index(data[off:], []byte(`"fingerprint"`))
		if j < 0 {
			return 0
		}
		if n == i {
			return lineAt(data, off+j)
		}
		off += j + 1
	}
}

// isFingerprint reports a fingerprint: 64 lower-case hex digits.
func isFingerprint(s string) bool { return len(s) == 64 && isLowerHex(s) }

// isLowerHex reports whether s holds only lower-case hex digits.
func isLowerHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// Len is the number of entries.
func (b *Baseline) Len() int { return len(b.entries) }

// Entries returns the entries in file order.
func (b *Baseline) Entries() []Entry { return b.entries }

// Legacy reports whether the file is version 1, whose bare fingerprints
// confirm guessed secrets cheaply: rewrite it with 'envguard baseline'.
func (b *Baseline) Legacy() bool { return b.Hash == nil }

// key is the stored form of a finding's fingerprint in this file.
func (b *Baseline) key(fp string) string {
	if b.Hash == nil {
		return fp
	}
	if k, ok := b.sums.Load(fp); ok {
		return k.(string)
	}
	k := b.Hash.Sum(fp)
	b.sums.Store(fp, k)
	return k
}

// Check implements [pipeline.Filter]: it suppresses findings whose
// fingerprint is in the baseline.
func (b *Baseline) Check(f *pipeline.Finding) (pipeline.Reason, bool) {
	if len(b.index) == 0 || f.Fingerprint == "" {
		return pipeline.Reason{}, false
	}
	if hit, ok := b.index[b.key(f.Fingerprint)]; ok {
		hit.Store(true)
		return pipeline.Reason{Kind: KindBaseline, Detail: b.Path}, true
	}
	return pipeline.Reason{}, false
}

// Stale returns, for --verbose, the entries that matched no finding so
// far, as "rule path (fingerprint prefix)".
func (b *Baseline) Stale() []string {
	var out []string
	for _, e := range b.entries {
		if !b.index[e.Fingerprint].Load() {
			out = append(out, fmt.Sprintf("%s %s (%s)", e.Rule, e.Path, e.Fingerprint[:12]))
		}
	}
	return out
}

// NewEntries makes baseline entries from findings, their fingerprints
// stored through h (bare when h is nil, as version 1 did): one per
// fingerprint and path, sorted by path, rule and fingerprint, so the file
// is stable and diffs and merges cleanly. Findings without a fingerprint
// are left out.
func NewEntries(findings []pipeline.Finding, h *Hash) []Entry {
	seen := map[Entry]bool{}
	sums := map[string]string{}
	var out []Entry
	for i := range findings {
		f := &findings[i]
		if !isFingerprint(f.Fingerprint) {
			continue
		}
		fp := f.Fingerprint
		if h != nil {
			if sums[fp] == "" {
				sums[fp] = h.Sum(fp)
			}
			fp = sums[fp]
		}
		e := Entry{Fingerprint: fp, Rule: f.RuleID, Path: f.Path}
		if seen[e] {
			continue
		}
		seen[e] = true
		out = append(out, e)
	}
	sortEntries(out)
	return out
}

// WriteBaseline writes entries in the baseline format: one entry per line,
// no timestamps, so that the same findings always give the same bytes.
// With h it writes version 2 (entries hashed with h); without, version 1.
func WriteBaseline(w io.Writer, h *Hash, entries []Entry) error {
	var b bytes.Buffer
	if h == nil {
		b.WriteString("{\n  \"version\": 1,\n  \"entries\": [")
	} else {
		hj, err := json.Marshal(h)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "{\n  \"version\": %d,\n  \"hash\": %s,\n  \"entries\": [", BaselineVersion, hj)
	}
	for i, e := range entries {
		line, err := json.Marshal(e)
		if err != nil {
			return err
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    ")
		b.Write(line)
	}
	if len(entries) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("]\n}\n")
	_, err := w.Write(b.Bytes())
	return err
}
