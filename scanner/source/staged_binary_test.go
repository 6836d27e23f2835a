package source

import (
	"bytes"
	"strings"
	"testing"
)

// binaryBlob is n bytes of binary content (NUL bytes in its first 8 KiB)
// with text after its head.
func binaryBlob(n int, text string) string {
	var b bytes.Buffer
	b.Write(make([]byte, 64))
	b.WriteString("\n" + text + "\n")
	for b.Len() < n {
		b.WriteString("\x00\x01\x02 filler\n")
	}
	return b.String()[:n]
}

// A changed binary file in which no rule for binary content can find
// anything is decided before any diffing: its old version is not read
// (issue 15: 50 staged 1 MiB binary files took 9x `git diff --cached`).
// Where such a rule may find something, the lines are still compared, so
// that a key already in HEAD's version is not reported again.
func TestStagedBinaryDecidedBeforeDiff(t *testing.T) {
	r := newTestRepo(t)
	const size = 256 << 10
	r.Write("plain.bin", binaryBlob(size, "version one"))
	r.Write("keyed.bin", binaryBlob(size, "-----BEGIN PRIVATE KEY----- one"))
	r.Git("add", ".")
	r.Commit("one")
	r.Write("plain.bin", binaryBlob(size, "version two"))
	r.Write("keyed.bin", binaryBlob(size, "-----BEGIN PRIVATE KEY----- two"))
	r.Git("add", ".")

	var read int64
	opts := Options{
		MayMatchBinary: func(data []byte) bool { return bytes.Contains(data, []byte("PRIVATE KEY")) },
		Progress:       func(p Progress) { read = p.Bytes },
	}
	got := mustScan(t, r.Dir, opts)
	// No rule can report anything in plain.bin: it is yielded (for the
	// detector's notice) with no line counting.
	if f, ok := got["plain.bin"]; !ok || f.Lines == nil || len(f.Lines) != 0 || len(f.Data) != size {
		t.Errorf("plain.bin: yielded %v, %d bytes, lines %v; want all %d bytes and no line counting", ok, len(f.Data), f.Lines, size)
	}
	if f := got["keyed.bin"]; f.Lines == nil || !strings.Contains(string(f.Data), "two") {
		t.Errorf("keyed.bin: lines %v; want the lines its change added", f.Lines)
	}
	// Both new versions and keyed.bin's old one: not plain.bin's old one.
	if read != 3*size {
		t.Errorf("read %d bytes of blobs, want %d (plain.bin's old version is not needed)", read, 3*size)
	}

	// Without the prefilter every changed file is compared, as before.
	read = 0
	opts.MayMatchBinary = nil
	got = mustScan(t, r.Dir, opts)
	if f := got["plain.bin"]; f.Lines == nil {
		t.Errorf("plain.bin without MayMatchBinary: no diff, want one")
	}
	if read != 4*size {
		t.Errorf("read %d bytes of blobs without MayMatchBinary, want %d", read, 4*size)
	}
}
