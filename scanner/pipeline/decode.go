package pipeline

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// The decisions on what a file's bytes are: text (UTF-8 or another ASCII
// superset), UTF-16 or UTF-32 text to decode, or binary. They are made by
// content, not by the first NUL byte: a text file with a stray NUL is still
// text, and UTF-16 without a byte order mark is recognised by its zero
// bytes.

// sniffLen is how much of the data the decisions look at.
const sniffLen = 8192

// IsBinary reports whether data looks binary: more than one control byte
// (NUL and the like, not blanks or line breaks) in 32 among its first
// 8 KiB, or two NUL bytes in a row there, as binary formats have. Text with a stray NUL is not binary; UTF-16 and UTF-32 text
// (see [DecodeText]) are, before they are decoded.
func IsBinary(data []byte) bool {
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	bad := 0
	i := 0
	// Eight bytes at a time: a word with no byte below 0x20 and no 0x7f
	// holds no control byte (most words of text).
	for ; i+8 <= len(data); i += 8 {
		w := binary.LittleEndian.Uint64(data[i:])
		const ones, highs = 0x0101010101010101, 0x8080808080808080
		below := (w - 0x20*ones) &^ w & highs
		del := w ^ 0x7f*ones
		del = (del - ones) &^ del & highs
		if below|del == 0 {
			continue
		}
		for _, c := range data[i : i+8] {
			if isControl(c) {
				bad++
			}
		}
	}
	for _, c := range data[i:] {
		if isControl(c) {
			bad++
		}
	}
	return bad > 1 && (bad*32 > len(data) || bytes.Contains(data, []byte{0, 0}))
}

// isControl reports whether c is a control byte binary formats have:
// not a blank, a line break or an escape.
func isControl(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b || c == 0x7f
}

// DecodeText turns UTF-32 text with a byte order mark and UTF-16 text
// with or without one into UTF-8; ok is false for anything else (UTF-8,
// binary, or a byte order mark before bytes that are not its encoding).
// Sources that diff lines use it so that their line numbers agree with the
// detector's.
func DecodeText(data []byte) (text []byte, ok bool) {
	switch {
	case len(data) >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0:
		return decodeUTF32(data[4:], false)
	case len(data) >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF:
		return decodeUTF32(data[4:], true)
	case len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE:
		return decodeUTF16(data[2:], false)
	case len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF:
		return decodeUTF16(data[2:], true)
	}
	if big, ok := sniffUTF16(data); ok {
		return decodeUTF16(data, big)
	}
	return nil, false
}

// DecodeUTF16 is [DecodeText], under its older name.
func DecodeUTF16(data []byte) (text []byte, ok bool) { return DecodeText(data) }

// sniffUTF16 recognises UTF-16 without a byte order mark: an even length
// and, among the first 8 KiB, at least a quarter of the code units with a
// zero high byte and non-zero low byte, while the other byte of a unit is
// almost never zero.
func sniffUTF16(data []byte) (big, ok bool) {
	if len(data) < 4 || len(data)%2 != 0 {
		return false, false
	}
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	var zeroEven, zeroOdd int
	for i := 0; i+1 < len(data); i += 2 {
		if data[i] == 0 && data[i+1] != 0 {
			zeroEven++
		}
		if data[i+1] == 0 && data[i] != 0 {
			zeroOdd++
		}
	}
	units := len(data) / 2
	switch {
	case zeroOdd*4 >= units && zeroEven*16 < units:
		return false, true
	case zeroEven*4 >= units && zeroOdd*16 < units:
		return true, true
	}
	return false, false
}

// decodeUTF16 decodes data (after any byte order mark). It refuses an odd
// length, and bytes that are not UTF-16 text: a byte order mark before
// UTF-8 text (no zero byte at all) or units that decode to control bytes
// as binary content has them ([IsBinary]'s test on the first 8 KiB of
// the text, and anywhere two NULs in a row). It decodes straight into
// UTF-8 and stops at the first sign of binary content: a binary file
// whose first 8 KiB looked like UTF-16 (a static library's symbol table)
// took 12 times its size in memory when it was decoded whole first.
func decodeUTF16(data []byte, big bool) ([]byte, bool) {
	if len(data)%2 != 0 {
		return nil, false
	}
	if bytes.IndexByte(data, 0) < 0 && utf8.Valid(data) && len(data) >= 8 {
		// FF FE before plain text: ASCII pairs decode to CJK, never to
		// a zero byte. The text is the bytes themselves.
		return nil, false
	}
	unit := func(i int) rune {
		if big {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	// Mostly ASCII text takes half the bytes; other text grows the buffer.
	out := make([]byte, 0, len(data)/2+len(data)/16)
	bad, nul := 0, false
	for i := 0; i+1 < len(data); i += 2 {
		r := unit(i)
		if utf16.IsSurrogate(r) {
			if i+3 < len(data) {
				r = utf16.DecodeRune(r, unit(i+2))
			} else {
				r = utf8.RuneError
			}
			if r != utf8.RuneError {
				i += 2
			}
		}
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' && r != 0x1b || r == 0x7f {
			bad++
			if r == 0 && nul && bad > 1 {
				return nil, false // two NULs in a row: binary content
			}
		}
		nul = r == 0
		out = utf8.AppendRune(out, r)
	}
	if IsBinary(out) || bad > 1 && bad*32 > len(out) {
		return nil, false
	}
	return out, true
}

// decodeUTF32 decodes data (after its byte order mark).
func decodeUTF32(data []byte, big bool) ([]byte, bool) {
	if len(data)%4 != 0 {
		return nil, false
	}
	out := make([]byte, 0, len(data)/4)
	for i := 0; i+3 < len(data); i += 4 {
		var r rune
		if big {
			r = rune(data[i])<<24 | rune(data[i+1])<<16 | rune(data[i+2])<<8 | rune(data[i+3])
		} else {
			r = rune(data[i+3])<<24 | rune(data[i+2])<<16 | rune(data[i+1])<<8 | rune(data[i])
		}
		if !utf8.ValidRune(r) {
			return nil, false
		}
		out = utf8.AppendRune(out, r)
	}
	return out, true
}
