package vocab

import "math"

// Entropy returns the Shannon entropy of s in bits per byte: 0 for "aaaa",
// at most log2(len(s)).
func Entropy(s string) float64 {
	if len(s) == 0 {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	n := float64(len(s))
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

// CharsetSize returns the size of the smallest common alphabet that holds
// every byte of s: 16 for hex, 36 for lower-case alphanumerics, 62 for
// alphanumerics, 64 for base64 (standard or URL-safe, padding ignored), 94
// for printable ASCII, 256 otherwise.
func CharsetSize(s string) int {
	var digit, lowerHex, upperHex, lowerAlpha, upperAlpha, b64, printable, other bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'f':
			lowerHex = true
		case c >= 'A' && c <= 'F':
			upperHex = true
		case c >= 'g' && c <= 'z':
			lowerAlpha = true
		case c >= 'G' && c <= 'Z':
			upperAlpha = true
		case c == '+' || c == '/' || c == '-' || c == '_' || c == '=':
			b64 = true
		case c > ' ' && c < 0x7f:
			printable = true
		default:
			other = true
		}
	}
	_ = digit
	switch {
	case other:
		return 256
	case printable:
		return 94
	case b64:
		return 64
	case lowerAlpha && (upperAlpha || upperHex) || upperAlpha && lowerHex:
		return 62
	case lowerHex && upperHex:
		return 62
	case lowerAlpha || upperAlpha:
		return 36
	default:
		return 16
	}
}

// ExpectedEntropy is the mean Shannon entropy, in bits per byte, of a
// string of length n drawn uniformly from an alphabet of k symbols. It is
// exact: each symbol's count follows a binomial distribution.
func ExpectedEntropy(n, k int) float64 {
	if n <= 1 || k <= 1 {
		return 0
	}
	p := 1 / float64(k)
	lp, lq := math.Log(p), math.Log1p(-p)
	lgN, _ := math.Lgamma(float64(n + 1))
	fn := float64(n)
	sum := 0.0
	for c := 1; c <= n; c++ {
		lgC, _ := math.Lgamma(float64(c + 1))
		lgNC, _ := math.Lgamma(float64(n - c + 1))
		logPmf := lgN - lgC - lgNC + float64(c)*lp + float64(n-c)*lq
		pmf := math.Exp(logPmf)
		if pmf < 1e-12 && float64(c) > fn*p {
			break
		}
		x := float64(c) / fn
		sum -= pmf * x * math.Log2(x)
	}
	return float64(k) * sum
}

// Randomness compares the entropy of s with what a uniformly random string
// of the same length over the same charset (see [CharsetSize]) would have.
// It is near 1 for random keys whatever their alphabet (hex, base64,
// alphanumeric) and well below 1 for words, identifiers and patterns.
// It may exceed 1 slightly by chance.
func Randomness(s string) float64 {
	if len(s) < 2 {
		return 0
	}
	t := trimPadding(s)
	exp := ExpectedEntropy(len(t), CharsetSize(t))
	if exp == 0 {
		return 0
	}
	return Entropy(t) / exp
}

func trimPadding(s string) string {
	for len(s) > 2 && s[len(s)-1] == '=' {
		s = s[:len(s)-1]
	}
	return s
}
