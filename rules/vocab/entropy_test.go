package vocab

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"math"
	mrand "math/rand/v2"
	"testing"
)

func TestEntropy(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want float64
	}{
		{"", 0}, {"a", 0}, {"aaaa", 0}, {"ab", 1}, {"abab", 1}, {"abcd", 2},
		{"0123456789abcdef", 4}, {"aab", -(2.0/3*math.Log2(2.0/3) + 1.0/3*math.Log2(1.0/3))},
	} {
		if got := Entropy(tc.s); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("Entropy(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestCharsetSize(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", 16}, {"0123", 16}, {"deadbeef", 16}, {"DEADBEEF", 16}, {"DEADbeef", 62},
		{"xyz", 36}, {"XYZ123", 36}, {"abcXYZ", 62}, {"Abz", 62}, {"aZ09", 62},
		{"ab+/", 64}, {"ab-_", 64}, {"YWJj==", 64}, {"a!b", 94}, {"a b", 256}, {"é", 256}, {"a\x00", 256},
	} {
		if got := CharsetSize(tc.s); got != tc.want {
			t.Errorf("CharsetSize(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

// TestExpectedEntropyMonteCarlo compares the exact formula with the mean
// entropy of many random strings.
func TestExpectedEntropyMonteCarlo(t *testing.T) {
	rng := mrand.New(mrand.NewPCG(1, 2))
	for _, tc := range []struct{ n, k int }{{2, 16}, {8, 16}, {16, 16}, {20, 64}, {32, 62}, {40, 36}, {64, 64}, {50, 94}} {
		const trials = 4000
		sum := 0.0
		buf := make([]byte, tc.n)
		for range trials {
			for i := range buf {
				buf[i] = byte(rng.IntN(tc.k))
			}
			sum += Entropy(string(buf))
		}
		mc := sum / trials
		if got := ExpectedEntropy(tc.n, tc.k); math.Abs(got-mc) > 0.01*mc+0.005 {
			t.Errorf("ExpectedEntropy(%d, %d) = %.4f, Monte Carlo %.4f", tc.n, tc.k, got, mc)
		}
	}
	if ExpectedEntropy(1, 16) != 0 || ExpectedEntropy(10, 1) != 0 {
		t.Error("degenerate cases should be 0")
	}
	if e := ExpectedEntropy(10000, 16); e > 4 || e < 3.99 {
		t.Errorf("ExpectedEntropy(10000, 16) = %v, want just under 4", e)
	}
}

func TestRandomness(t *testing.T) {
	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	const trials = 300
	for n := 16; n <= 64; n += 16 {
		sums := map[string]float64{}
		below := map[string]int{}
		b := make([]byte, n)
		for range trials {
			rand.Read(b)
			s := make([]byte, n)
			for i := range s {
				s[i] = alnum[int(b[i])%len(alnum)]
			}
			for name, v := range map[string]string{
				"hex":    hex.EncodeToString(b)[:n],
				"base64": base64.RawURLEncoding.EncodeToString(b)[:n],
				"std64":  base64.StdEncoding.EncodeToString(b),
				"alnum":  string(s),
			} {
				r := Randomness(v)
				sums[name] += r
				if r < 0.8 {
					below[name]++
				}
			}
		}
		for name, sum := range sums {
			// The mean is 1 by construction of ExpectedEntropy; single
			// short strings vary widely (16 hex digits: 0.7 to 1.2).
			if mean := sum / trials; mean < 0.97 || mean > 1.03 {
				t.Errorf("%s of length %d: mean randomness %.3f, want about 1", name, n, mean)
			}
			if n >= 32 && below[name] > trials/50 {
				t.Errorf("%s of length %d: %d of %d random strings below 0.8", name, n, below[name], trials)
			}
		}
	}
	for _, s := range []string{"passwordpassword", "administrator_password", "my_super_secret_value", "aaaaaaaaaaaaaaaaaaaa", "abababababababab", "helloworldhelloworld", "correcthorsebatterystaple"} {
		if r := Randomness(s); r > 0.9 {
			t.Errorf("Randomness(%q) = %.3f, want well below 1", s, r)
		}
	}
	if Randomness("") != 0 || Randomness("a") != 0 {
		t.Error("Randomness of short strings should be 0")
	}
}
