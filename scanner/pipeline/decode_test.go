package pipeline

import (
	"bytes"
	"math/rand"
	"runtime"
	"testing"
	"unicode/utf16"
)

// utf16LE encodes s as UTF-16LE without a byte order mark.
func utf16LE(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// A binary file whose first 8 KiB look like UTF-16 text (a static
// library's symbol table does) is binary: it was decoded whole, at 12
// times its size in memory, and scanned as text.
func TestDecodeTextBinaryAfterUTF16Start(t *testing.T) {
	head := utf16LE(string(bytes.Repeat([]byte("symbol_name_of_a_function\n"), 400)))
	rng := rand.New(rand.NewSource(1))
	tail := make([]byte, 1<<20)
	rng.Read(tail)
	for i := 0; i < len(tail); i += 64 {
		tail[i], tail[i+1], tail[i+2], tail[i+3] = 0, 0, 0, 0 // ELF-like zero runs
	}
	data := append(head, tail...)
	if _, ok := sniffUTF16(data); !ok {
		t.Fatal("the head does not look like UTF-16: the test tests nothing")
	}
	if _, ok := DecodeText(data); ok {
		t.Error("binary content after a UTF-16-looking start was decoded as text")
	}
	if !IsBinary(tail) {
		t.Error("the tail is not binary")
	}
}

// Decoding agrees with unicode/utf16 (surrogate pairs, lone surrogates)
// and allocates little more than the text it returns.
func TestDecodeUTF16AgreesAndAllocatesLittle(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	units := []uint16{'a', 'Z', ' ', '\n', '\t', 0xE9, 0x4E2D, 0xD83D, 0xDE00, 0xDC00, 0xD800, '='}
	for i := 0; i < 2000; i++ {
		u := make([]uint16, 4+rng.Intn(40))
		for j := range u {
			u[j] = units[rng.Intn(len(units))]
		}
		var le, be []byte
		for _, x := range u {
			le = append(le, byte(x), byte(x>>8))
			be = append(be, byte(x>>8), byte(x))
		}
		want := []byte(string(utf16.Decode(u)))
		for _, c := range []struct {
			data []byte
			big  bool
		}{{le, false}, {be, true}} {
			got, ok := decodeUTF16(c.data, c.big)
			if ok && !bytes.Equal(got, want) {
				t.Fatalf("decodeUTF16(%x, %v) = %q, want %q", c.data, c.big, got, want)
			}
			if !ok && !IsBinary(want) {
				t.Fatalf("decodeUTF16(%x, %v) refused text %q", c.data, c.big, want)
			}
		}
	}
	text := utf16LE(string(bytes.Repeat([]byte("API_KEY=some value of a config line\n"), 100000)))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	out, ok := DecodeText(text)
	runtime.ReadMemStats(&after)
	if !ok {
		t.Fatal("UTF-16 text not decoded")
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(len(out))*3/2 {
		t.Errorf("decoding %d bytes of UTF-16 allocated %d bytes for %d bytes of text", len(text), alloc, len(out))
	}
}

// IsBinary's word-at-a-time test agrees with a byte-by-byte count on
// random data rich in control bytes, high bytes and 0x7f.
func TestIsBinaryWordAtATime(t *testing.T) {
	ref := func(data []byte) bool {
		if len(data) > sniffLen {
			data = data[:sniffLen]
		}
		bad := 0
		for _, c := range data {
			if isControl(c) {
				bad++
			}
		}
		return bad > 1 && (bad*32 > len(data) || bytes.Contains(data, []byte{0, 0}))
	}
	rng := rand.New(rand.NewSource(4))
	alphabet := []byte("ab \n\t\r\x00\x01\x1b\x1f\x20\x7e\x7f\x80\xff\xa0")
	for i := 0; i < 20000; i++ {
		data := make([]byte, rng.Intn(300))
		for j := range data {
			if rng.Intn(4) == 0 {
				data[j] = alphabet[rng.Intn(len(alphabet))]
			} else {
				data[j] = byte('a' + rng.Intn(26))
			}
		}
		if got, want := IsBinary(data), ref(data); got != want {
			t.Fatalf("IsBinary(%q) = %v, want %v", data, got, want)
		}
	}
}
