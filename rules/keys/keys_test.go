package keys

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

func TestGenerateKinds(t *testing.T) {
	tests := []struct {
		kind KeyKind
		opts GenOptions
		re   string
	}{
		{KindFernet, GenOptions{}, `^[A-Za-z0-9_-]{43}=$`},
		{KindFernet, GenOptions{Bytes: 32}, `^[A-Za-z0-9_-]{43}=$`},
		{KindHex, GenOptions{}, `^[0-9a-f]{64}$`},
		{KindHex, GenOptions{Bytes: 16}, `^[0-9a-f]{32}$`},
		{KindURLSafe, GenOptions{}, `^[A-Za-z0-9_-]{43}$`},
		{KindURLSafe, GenOptions{Bytes: 48}, `^[A-Za-z0-9_-]{64}$`},
		{KindBase64, GenOptions{}, `^[A-Za-z0-9+/]{43}=$`},
		{KindDjango, GenOptions{}, `^[a-z0-9!@#$%^&*(\-_=+)]{50}$`},
		{KindPassword, GenOptions{}, `^[A-Za-z0-9]{24}$`},
		{KindPassword, GenOptions{Length: 40, Charset: "digits"}, `^[0-9]{40}$`},
		{KindPassword, GenOptions{Length: 12, Charset: "hex"}, `^[0-9a-f]{12}$`},
		{KindUUID, GenOptions{}, `^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%+v", tt.kind, tt.opts), func(t *testing.T) {
			seen := map[string]bool{}
			for i := 0; i < 20; i++ {
				k, err := Generate(tt.kind, tt.opts)
				if err != nil {
					t.Fatal(err)
				}
				if !regexp.MustCompile(tt.re).MatchString(k) {
					t.Fatalf("Generate(%s) = %q, want it to match %s", tt.kind, k, tt.re)
				}
				if seen[k] {
					t.Fatalf("Generate(%s) repeated %q", tt.kind, k)
				}
				seen[k] = true
			}
		})
	}
}

// A Fernet key is what cryptography.fernet.Fernet accepts: urlsafe base64
// that decodes to exactly 32 bytes.
func TestGenerateFernetDecodesTo32Bytes(t *testing.T) {
	for i := 0; i < 50; i++ {
		k, err := Generate(KindFernet, GenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(k) != 44 {
			t.Fatalf("len(%q) = %d, want 44", k, len(k))
		}
		b, err := base64.URLEncoding.DecodeString(k)
		if err != nil || len(b) != 32 {
			t.Fatalf("%q decodes to %d bytes (%v), want 32", k, len(b), err)
		}
	}
}

func TestGenerateSizesDecode(t *testing.T) {
	for _, n := range []int{16, 17, 31, 33, 64} {
		h, _ := Generate(KindHex, GenOptions{Bytes: n})
		if b, err := hex.DecodeString(h); err != nil || len(b) != n {
			t.Errorf("hex %d bytes: %q decodes to %d (%v)", n, h, len(b), err)
		}
		u, _ := Generate(KindURLSafe, GenOptions{Bytes: n})
		if b, err := base64.RawURLEncoding.DecodeString(u); err != nil || len(b) != n {
			t.Errorf("urlsafe %d bytes: %q decodes to %d (%v)", n, u, len(b), err)
		}
		s, _ := Generate(KindBase64, GenOptions{Bytes: n})
		if b, err := base64.StdEncoding.DecodeString(s); err != nil || len(b) != n {
			t.Errorf("base64 %d bytes: %q decodes to %d (%v)", n, s, len(b), err)
		}
	}
}

func TestGenerateErrors(t *testing.T) {
	tests := []struct {
		kind KeyKind
		opts GenOptions
		want error
	}{
		{"rsa", GenOptions{}, ErrUnknownKind},
		{"", GenOptions{}, ErrUnknownKind},
		{KindFernet, GenOptions{Bytes: 16}, ErrBadSize},
		{KindHex, GenOptions{Bytes: 8}, ErrBadSize},
		{KindHex, GenOptions{Bytes: -1}, ErrBadSize},
		{KindURLSafe, GenOptions{Bytes: MaxBytes + 1}, ErrBadSize},
		{KindPassword, GenOptions{Length: 4}, ErrBadSize},
		{KindPassword, GenOptions{Charset: "emoji"}, ErrBadSize},
	}
	for _, tt := range tests {
		_, err := Generate(tt.kind, tt.opts)
		if !errors.Is(err, tt.want) {
			t.Errorf("Generate(%q, %+v) = %v, want %v", tt.kind, tt.opts, err, tt.want)
		}
	}
	_, err := Generate("rsa", GenOptions{})
	for _, k := range Kinds() {
		if !strings.Contains(err.Error(), string(k)) {
			t.Errorf("error %q does not list kind %s", err, k)
		}
	}
}

// A failing random source is an error, never a weak key.
func TestGenerateRandFails(t *testing.T) {
	for _, k := range Kinds() {
		if s, err := Generate(k, GenOptions{Rand: bytes.NewReader([]byte{1, 2, 3})}); err == nil {
			t.Errorf("Generate(%s) with a short random source = %q, want an error", k, s)
		}
	}
}

// randomString must reject bytes at or above the largest multiple of the
// alphabet size: with a 10-character alphabet, bytes 250..255 are dropped.
func TestRandomStringRejectsBiasedBytes(t *testing.T) {
	src := bytes.NewReader(append(bytes.Repeat([]byte{255, 250}, 50), bytes.Repeat([]byte{3}, 100)...))
	s, err := randomString(src, "0123456789", 5)
	if err != nil {
		t.Fatal(err)
	}
	if s != "33333" {
		t.Fatalf("randomString = %q, want 33333 (bytes 250 and 255 rejected)", s)
	}
}

// Every character of an alphabet is drawn about equally often.
func TestRandomStringUniform(t *testing.T) {
	const n = 200000
	var all strings.Builder
	for all.Len() < n {
		p, err := Generate(KindPassword, GenOptions{Length: MaxLength, Charset: "alnum"})
		if err != nil {
			t.Fatal(err)
		}
		all.WriteString(p)
	}
	counts := map[rune]int{}
	for _, c := range all.String() {
		counts[c]++
	}
	if len(counts) != 62 {
		t.Fatalf("drew %d distinct characters, want 62", len(counts))
	}
	mean := float64(all.Len()) / 62
	for c, k := range counts {
		if d := float64(k) - mean; d > mean*0.1 || d < -mean*0.1 {
			t.Errorf("character %q drawn %d times, mean %.0f", c, k, mean)
		}
	}
}

func ExampleGenerate() {
	key, err := Generate(KindFernet, GenOptions{})
	if err != nil {
		panic(err)
	}
	raw, _ := base64.URLEncoding.DecodeString(key)
	fmt.Println(len(key), len(raw))
	// Output: 44 32
}
