package vocab

import (
	"math/bits"
	"strings"
)

// lower maps ASCII upper case to lower case and leaves other bytes alone.
var lower = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] = byte(i) + 'a' - 'A'
		}
	}
	return t
}()

// LowerByte maps an ASCII upper-case letter to lower case and leaves other
// bytes alone. It is a table lookup, cheap enough for a scan loop.
func LowerByte(c byte) byte { return lower[c] }

// HasFoldAt reports whether b holds the lower-case k at i, ignoring ASCII
// case.
func HasFoldAt(b []byte, i int, k string) bool {
	if i+len(k) > len(b) {
		return false
	}
	for j := 0; j < len(k); j++ {
		if lower[b[i+j]] != k[j] {
			return false
		}
	}
	return true
}

// IsAlnum reports ASCII letters and digits.
func IsAlnum(c byte) bool { return isDigit(c) || isLowerByte(c) || isUpperByte(c) }

func isDigit(c byte) bool     { return c >= '0' && c <= '9' }
func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// IsHexByte reports hexadecimal digits of either case.
func IsHexByte(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// ASCIILower lower-cases ASCII letters, allocating only when s has upper
// case.
func ASCIILower(s string) string { return asciiLower(s) }

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if isUpperByte(s[i]) {
			return strings.ToLower(s)
		}
	}
	return s
}

// Character classes of [CharClasses].
const (
	ClassLower = 1 << iota
	ClassUpper
	ClassDigit
	ClassSymbol
)

// CharClasses returns which of lower case, upper case, digits and other
// bytes s holds, as a set of Class bits.
func CharClasses(s string) int {
	c := 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case isLowerByte(b):
			c |= ClassLower
		case isUpperByte(b):
			c |= ClassUpper
		case isDigit(b):
			c |= ClassDigit
		default:
			c |= ClassSymbol
		}
	}
	return c
}

// CountClasses is how many of the four classes of [CharClasses] s uses.
func CountClasses(s string) int { return bits.OnesCount(uint(CharClasses(s))) }

// IsDigit reports ASCII digits.
func IsDigit(c byte) bool { return isDigit(c) }

// IsUpper reports ASCII upper-case letters.
func IsUpper(c byte) bool { return isUpperByte(c) }

// IsIdentifier reports ASCII identifiers ("DB_PASS", "apiKey").
func IsIdentifier(s string) bool { return isIdentifier(s) }

// IsLower reports ASCII lower-case letters.
func IsLower(c byte) bool { return isLowerByte(c) }

// IsLetter reports ASCII letters.
func IsLetter(c byte) bool { return isLowerByte(c) || isUpperByte(c) }
