package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestSecretNeverPrintsRawValue(t *testing.T) {
	raw := "ghp_SECRETVALUEabcdefghijklmnop0123"
	f := Finding{RuleID: "r", Path: "p", Line: 3, Secret: NewSecret(raw)}
	type embeds struct {
		Finding
		Note string
	}
	type private struct {
		f Finding
		s Secret
	}
	type holds struct {
		F  Finding
		P  *Finding
		FS []Finding
		M  map[string]Finding
	}
	values := map[string]any{
		"secret":   f.Secret,
		"&secret":  &f.Secret,
		"finding":  f,
		"&finding": &f,
		"embeds":   embeds{Finding: f, Note: "n"},
		"&embeds":  &embeds{Finding: f},
		"holds":    holds{F: f, P: &f, FS: []Finding{f}, M: map[string]Finding{"k": f}},
		"slice":    []Finding{f, f},
		"private":  private{f: f, s: f.Secret},
		"&private": &private{f: f, s: f.Secret},
	}
	leak := raw[4:] // the redacted form may keep "ghp_"
	for name, v := range values {
		// fmt turns Stringers off while it reports a wrong verb (%s of
		// holds.P): the pointer inside Secret must still hide the value.
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%d"} {
			if s := fmt.Sprintf(verb, v); strings.Contains(s, leak) || strings.Contains(s, hex.EncodeToString([]byte(leak))) {
				t.Errorf("%s with %s leaks the secret: %s", name, verb, s)
			}
		}
		j, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if strings.Contains(string(j), leak) {
			t.Errorf("%s as JSON leaks the secret: %s", name, j)
		}
	}
	if s := f.Secret.String(); s != "ghp_********" {
		t.Errorf("String() = %q", s)
	}
	if s := f.Secret.GoString(); s != "ghp_********" {
		t.Errorf("GoString() = %q", s)
	}
	if b, _ := f.Secret.MarshalText(); string(b) != "ghp_********" {
		t.Errorf("MarshalText() = %q", b)
	}
	if b, _ := f.Secret.MarshalJSON(); string(b) != `"ghp_********"` {
		t.Errorf("MarshalJSON() = %s", b)
	}
	var zero Secret
	if zero.Reveal() != "" || zero.String() != "********" || zero.Len() != 0 {
		t.Errorf("zero Secret: %q %q %d", zero.Reveal(), zero, zero.Len())
	}
	if f.Secret.Reveal() != raw || f.Secret.Len() != len(raw) {
		t.Errorf("Reveal/Len lost the value")
	}
}

func TestRedact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "********"},
		{"abc", "********"},
		{"0123456789abcde", "********"},      // 15 bytes: nothing kept
		{"0123456789abcdef", "0123********"}, // 16 bytes: 4 kept
		{strings.Repeat("z", 200), "zzzz********"},
		{"abc\nverylongsecretvalue12345", "********"},       // first line is short
		{"-----BEGIN KEY-----\r\nAAAA\r\n", "----********"}, // CRLF
		{"abcé0123456789abcdef", "abc********"},             // no cut rune
		{"\U0001F600123456789abcdef", "\U0001F600********"}, // one 4-byte rune
		{"a\U0001F60023456789abcdef", "a********"},
	} {
		got := Redact(tc.in)
		if got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
		kept := strings.TrimRight(got, "*")
		if len(kept) > 4 || len(tc.in) < 16 && kept != "" || len(kept) > len(tc.in)/4 {
			t.Errorf("Redact(%q) keeps %q", tc.in, kept)
		}
	}
}

func TestFingerprint(t *testing.T) {
	sum := sha256.Sum256([]byte("github-pat\x00ghp_abc"))
	if got := Fingerprint("github-pat", "ghp_abc"); got != hex.EncodeToString(sum[:]) {
		t.Errorf("Fingerprint = %s, want sha256 of id NUL secret", got)
	}
	if Fingerprint("ab", "c") == Fingerprint("a", "bc") {
		t.Error("the rule id and secret are not separated")
	}
	if Fingerprint("r", "s1") == Fingerprint("r", "s2") || Fingerprint("r1", "s") == Fingerprint("r2", "s") {
		t.Error("fingerprints collide")
	}
	// Same secret at another path and line: same fingerprint.
	d := newTestDetector(t, Options{})
	a, _ := d.ScanFragment(frag("a.env", "k = "+testToken+"\n"))
	b, _ := d.ScanFragment(Fragment{Path: "dir/b.py", Commit: &Commit{Hash: "abc"}, Data: []byte("\n\n\n    x = '" + testToken + "'\n")})
	if len(a) != 1 || len(b) != 1 {
		t.Fatalf("findings %v %v", a, b)
	}
	if a[0].Fingerprint != b[0].Fingerprint || a[0].Fingerprint != Fingerprint("test-token", testToken) {
		t.Errorf("fingerprints %s and %s differ", a[0].Fingerprint, b[0].Fingerprint)
	}
}

func TestReasonString(t *testing.T) {
	if s := (Reason{Kind: "baseline"}).String(); s != "baseline" {
		t.Errorf("got %q", s)
	}
	if s := (Reason{Kind: "path", Detail: "*.md"}).String(); s != "path: *.md" {
		t.Errorf("got %q", s)
	}
}
