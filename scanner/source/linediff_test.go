package source

import (
	"testing"
	"unicode/utf16"

	"github.com/envguard/envguard/scanner/pipeline"
)

func TestAddedLines(t *testing.T) {
	for _, tc := range []struct {
		name     string
		old, new string
		want     pipeline.LineSet
	}{
		{"unchanged", "a\nb\n", "a\nb\n", lineSet()},
		{"empty old", "", "a\nb\n", lineSet(1, 2)},
		{"appended", "a\nb\n", "a\nb\nc\n", lineSet(3, 3)},
		{"prepended", "a\nb\n", "x\na\nb\n", lineSet(1, 1)},
		{"middle", "a\nb\nc\n", "a\nx\ny\nb\nc\n", lineSet(2, 3)},
		{"changed line", "a\nKEY=1\nc\n", "a\nKEY=2\nc\n", lineSet(2, 2)},
		{"deleted only", "a\nb\nc\n", "a\nc\n", lineSet()},
		// A moved line leaks nothing new: HEAD already holds it.
		{"moved", "SECRET\na\nb\nc\n", "a\nb\nc\nSECRET\n", lineSet()},
		{"swapped", "a\nb\n", "b\na\n", lineSet()},
		// A second copy is a new place to clean up: one extra copy is added.
		{"duplicated", "a\nSECRET\nb\n", "a\nSECRET\nb\nSECRET\n", lineSet(4, 4)},
		// The first copies stand for the old ones; the later ones are added.
		{"duplicated twice", "x\nS\ny\n", "S\nx\nS\ny\nS\n", lineSet(3, 3, 5, 5)},
		{"no final newline", "a\nb", "a\nb\nc", lineSet(3, 3)},
		// Line endings do not count.
		{"to crlf", "a\nb\n", "a\r\nb\r\nc\r\n", lineSet(3, 3)},
		{"from crlf", "a\r\nb\r\n", "a\nb\nc\n", lineSet(3, 3)},
		{"invalid utf-8", "a\n\xff\xfe\x00b\n", "a\n\xff\xfe\x00b\n\xc3\x28KEY\n", lineSet(3, 3)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := AddedLines([]byte(tc.old), []byte(tc.new))
			if !equalLines(got, tc.want) {
				t.Errorf("AddedLines(%q, %q) = %v, want %v", tc.old, tc.new, got, tc.want)
			}
		})
	}
}

// utf16LE encodes s as UTF-16 little-endian with a byte order mark.
func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func TestAddedLinesUTF16(t *testing.T) {
	// U+010A has 0x0A as a byte: raw bytes would split it as a line.
	old := utf16LE("Ċa\nb\n")
	got := AddedLines(old, utf16LE("Ċa\nb\nKEY=1\n"))
	if !equalLines(got, lineSet(3, 3)) {
		t.Errorf("UTF-16: got %v, want line 3", got)
	}
	// Re-encoding the same text adds nothing.
	if got := AddedLines([]byte("Ċa\nb\n"), old); !equalLines(got, lineSet()) {
		t.Errorf("UTF-8 to UTF-16: got %v, want nothing", got)
	}
}

func BenchmarkAddedLinesSmallChange(b *testing.B) {
	var old []byte
	for i := 0; i < 100000; i++ {
		old = append(old, "some line of a big file that holds nothing\n"...)
	}
	new := append(append([]byte{}, old[:len(old)/2]...), "KEY=1\n"...)
	new = append(new, old[len(old)/2:]...)
	b.SetBytes(int64(len(new)))
	for b.Loop() {
		AddedLines(old, new)
	}
}
