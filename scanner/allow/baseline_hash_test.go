package allow

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/envguard/envguard/scanner/pipeline"
)

// Issue 14: a committed baseline must not confirm a guessed secret
// cheaply. Version 2 stores a salted PBKDF2 of each fingerprint; this test
// checks that the bare fingerprint is not in the file, that confirming one
// guess takes real work, that the stored values are stable for a given
// salt (runs, machines, rebases) and that a version-1 file still matches
// and migrates without a scan.
func TestBaselineHashed(t *testing.T) {
	fs := []pipeline.Finding{*finding("rule-a", "a.py", "guessable-password-1"), *finding("rule-b", "b.py", "another-secret-value")}
	h, err := NewHash()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, h, NewEntries(fs, h)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, fs[0].Fingerprint) || strings.Contains(out, "guessable") {
		t.Fatalf("version-2 baseline holds a bare fingerprint or a secret:\n%s", out)
	}
	if !strings.Contains(out, `"version": 2`) || !strings.Contains(out, `"algorithm":"pbkdf2-sha256"`) {
		t.Fatalf("not a version-2 baseline:\n%s", out)
	}
	b, err := ParseBaseline("b.json", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if b.Legacy() {
		t.Error("version-2 baseline reads as legacy")
	}
	moved := finding("rule-a", "moved.py", "guessable-password-1")
	if _, ok := b.Check(moved); !ok {
		t.Error("hashed baseline does not accept a moved finding")
	}
	if _, ok := b.Check(finding("rule-a", "a.py", "guessable-password-2")); ok {
		t.Error("hashed baseline accepts another secret")
	}

	// The same salt gives the same bytes: another run, machine or rebase
	// writes an identical file.
	h2 := &Hash{Algorithm: h.Algorithm, Iterations: h.Iterations, Salt: h.Salt}
	if err := h2.check(); err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	WriteBaseline(&again, h2, NewEntries([]pipeline.Finding{fs[1], fs[0]}, h2))
	if again.String() != out {
		t.Errorf("same salt, different file:\n%s\nvs\n%s", out, again.String())
	}

	// Confirming a guess costs at least a millisecond (a bare SHA-256
	// costs under a microsecond).
	start := time.Now()
	const guesses = 5
	for i := 0; i < guesses; i++ {
		h.Sum(pipeline.Fingerprint("rule-a", "guess"))
	}
	if per := time.Since(start) / guesses; per < time.Millisecond {
		t.Errorf("one guess costs %v, want at least 1ms", per)
	}

	// Version 1 still matches, and rehashing migrates it losslessly.
	var v1 bytes.Buffer
	WriteBaseline(&v1, nil, NewEntries(fs, nil))
	old, err := ParseBaseline("old.json", v1.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !old.Legacy() {
		t.Error("version-1 baseline not reported as legacy")
	}
	if _, ok := old.Check(moved); !ok {
		t.Error("version-1 baseline no longer accepts its findings")
	}
	var migrated bytes.Buffer
	WriteBaseline(&migrated, h, Rehash(old.Entries(), h))
	if migrated.String() != out {
		t.Errorf("migrated version-1 baseline differs from a fresh one:\n%s\nvs\n%s", migrated.String(), out)
	}
}

func TestBaselineHashErrors(t *testing.T) {
	fp := strings.Repeat("a", 64)
	salt := strings.Repeat("0f", 16)
	for _, c := range []struct{ data, want string }{
		{`{"version": 2, "entries": []}`, `needs "hash"`},
		{`{"version": 1, "hash": {"algorithm": "pbkdf2-sha256", "iterations": 30000, "salt": "` + salt + `"}, "entries": []}`, `has no "hash"`},
		{`{"version": 2, "hash": {"algorithm": "md5", "iterations": 30000, "salt": "` + salt + `"}, "entries": []}`, `algorithm "md5"`},
		{`{"version": 2, "hash": {"algorithm": "pbkdf2-sha256", "iterations": 1, "salt": "` + salt + `"}, "entries": []}`, "iterations 1 out of range"},
		{`{"version": 2, "hash": {"algorithm": "pbkdf2-sha256", "iterations": 999999999, "salt": "` + salt + `"}, "entries": []}`, "out of range"},
		{`{"version": 2, "hash": {"algorithm": "pbkdf2-sha256", "iterations": 30000, "salt": "00"}, "entries": [{"fingerprint": "` + fp + `"}]}`, "salt must be"},
	} {
		if _, err := ParseBaseline("b.json", []byte(c.data)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseBaseline(%s) = %v, want %q", c.data, err, c.want)
		}
	}
}

func TestMerge(t *testing.T) {
	e := func(fp byte, path string) Entry {
		return Entry{Fingerprint: strings.Repeat(string(fp), 64), Rule: "r", Path: path}
	}
	old := []Entry{e('a', "a.py"), e('b', "b.py"), e('c', "c.py")}
	cur := []Entry{e('b', "b.py"), e('d', "d.py")}
	got, ch := Merge(old, cur, false)
	if len(got) != 4 || ch != (Change{Added: 1, Kept: 3}) {
		t.Errorf("Merge(add) = %v %+v", got, ch)
	}
	got, ch = Merge(old, cur, true)
	if len(got) != 2 || ch != (Change{Added: 1, Kept: 1, Removed: 2}) {
		t.Errorf("Merge(prune) = %v %+v", got, ch)
	}
}

// A baseline that is a device or a link to one is refused, not read
// forever (issue 14's /dev/zero attack, applied to the baseline).
func TestLoadBaselineRefusesDevices(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	if _, err := LoadBaseline("/dev/zero"); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("LoadBaseline(/dev/zero) = %v", err)
	}
}
