package rules

import (
	"encoding/base64"
	"strings"
	"testing"

	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	mathrand "math/rand"

	"github.com/envguard/envguard/rules/vocab"
)

// flipBody changes one base64 character in the middle of a PEM block's
// body, so that it still decodes but no longer parses or checks out.
func flipBody(block string) string {
	lines := strings.Split(block, "\n")
	i := len(lines) / 2
	b := []byte(lines[i])
	if b[5] == 'A' {
		b[5] = 'B'
	} else {
		b[5] = 'A'
	}
	lines[i] = string(b)
	return strings.Join(lines, "\n")
}

func TestPrivateKeyValidators(t *testing.T) {
	for _, tc := range []struct {
		name  string
		check func(string) error
		good  string
	}{
		{"rsa", checkPEMPrivateKey, exampleRSAKey},
		{"ec", checkPEMPrivateKey, exampleECKey},
		{"dsa", checkPEMPrivateKey, exampleDSAKey},
		{"pkcs8", checkPEMPrivateKey, examplePKCS8Key},
		{"openssh", checkPEMPrivateKey, exampleOpenSSHKey},
		{"pgp", checkPGPPrivateKey, examplePGPKey},
	} {
		if err := tc.check(tc.good); err != nil {
			t.Errorf("%s: valid key rejected: %v", tc.name, err)
		}
		if err := tc.check(flipBody(tc.good)); err == nil {
			t.Errorf("%s: a key with a changed byte still validates", tc.name)
		}
	}
	// Encrypted keys are recognised by their structure, without a passphrase.
	for _, k := range []string{exampleRSAEncryptedKey, exampleEncryptedPKCS8Key, exampleOpenSSHEncryptedKey} {
		if err := checkPEMPrivateKey(k); err != nil {
			t.Errorf("encrypted key rejected: %v\n%s", err, k[:40])
		}
	}
	// Keys inside JSON strings and indented YAML still parse.
	if err := checkPEMPrivateKey(strings.ReplaceAll(examplePKCS8Key, "\n", `\n`)); err != nil {
		t.Errorf("JSON-escaped key rejected: %v", err)
	}
	if err := checkPEMPrivateKey(strings.ReplaceAll(exampleECKey, "\n", "\n      ")); err != nil {
		t.Errorf("indented key rejected: %v", err)
	}
	if err := checkPuTTYKey(examplePuTTY2Key); err != nil {
		t.Errorf("PuTTY v2 key rejected: %v", err)
	}
	if err := checkPuTTYKey(strings.Replace(examplePuTTY3Key, "Comment: fake-key", "Comment: other", 1)); err == nil {
		t.Error("PuTTY key with a changed comment passes its MAC")
	}
}

func TestGeneratedKeyValidators(t *testing.T) {
	k := exampleFernet("v")
	if err := checkFernetKey(k); err != nil {
		t.Errorf("Fernet key rejected: %v", err)
	}
	short := base64.URLEncoding.EncodeToString(exampleBytes("v", 31))
	if err := checkFernetKey(short); err == nil {
		t.Error("31-byte key accepted as Fernet")
	}
	age := exampleAge("v")
	if err := checkAgeKey(age); err != nil {
		t.Errorf("age key rejected: %v", err)
	}
	last := "Q"
	if strings.HasSuffix(age, "Q") {
		last = "P"
	}
	if err := checkAgeKey(age[:len(age)-1] + last); err == nil {
		t.Error("age key with a bad checksum accepted")
	}
	if err := checkDjangoKey(exampleDjango("v")); err != nil {
		t.Errorf("Django key rejected: %v", err)
	}
	if err := checkHexSecret(exampleHex("v", 32)); err != nil {
		t.Errorf("hex secret rejected: %v", err)
	}
	if err := checkHexSecret(exampleHex("v", 32)[:63]); err == nil {
		t.Error("odd-length hex accepted")
	}
	if err := checkGrafanaSAToken(exampleGrafanaSAToken("v")); err != nil {
		t.Errorf("Grafana token rejected: %v", err)
	}
}

func TestJWTValidator(t *testing.T) {
	good := exampleJWT(`{"alg":"HS256"}`, `{"sub":"x"}`)
	if err := checkJWT(good); err != nil {
		t.Errorf("JWT rejected: %v", err)
	}
	for _, bad := range []string{
		exampleJWT(`{"alg":"none"}`, `{"sub":"x"}`),
		exampleJWT(`{"typ":"JWT"}`, `{"sub":"x"}`),
		exampleJWT(`{"alg":"HS256"}`, `not json`),
	} {
		if checkJWT(bad) == nil {
			t.Errorf("bad JWT accepted: %s", bad)
		}
	}
}

func TestLooksLikeWords(t *testing.T) {
	for _, w := range []string{
		"userProfileCache", "my_database_password", "/usr/local/bin/app", "config/settings.yaml",
		"app.config.secretKey", "v1.2.3-beta.4", "HTTPServerTimeout", "process.env.API_KEY",
		"correct-horse-battery-staple", "webpackChunkName", "application/json", "SuperSecret2024",
	} {
		if !vocab.LooksLikeWords(w) {
			t.Errorf("vocab.LooksLikeWords(%q) = false, want true", w)
		}
	}
	for _, k := range []string{
		exampleHex("w", 32), exampleURLSafe("w", 32), exampleFernet("w"), exampleDjango("w"),
		exampleChars("w", exAlnum, 40), "Xk9#mQ2$vL7pR4wz",
	} {
		if vocab.LooksLikeWords(k) {
			t.Errorf("vocab.LooksLikeWords(%q) = true, want false", k)
		}
	}
}

// TestGatesNeverMiss proves the gates' contract on every true example of
// the rules that have one and on the corpus positives: wherever the rule's
// regexp finds a candidate the rule accepts, the gate lets the line
// through.
func TestGatesNeverMiss(t *testing.T) {
	rs := Builtin()
	c := newCorpus()
	genGenerated(c)
	genGeneric(c)
	genDatabase(c)
	genCredFiles(c)
	var texts []string
	for _, b := range c.files {
		texts = append(texts, strings.Split(b.String(), "\n")...)
	}
	gated := 0
	for _, r := range rs {
		g := r.Gate
		if g == nil || r.Multiline {
			continue
		}
		gated++
		// The rule without its gate finds what the regexp and the checks
		// accept; the gate must pass each of those lines.
		ungated := r
		ungated.Gate = nil
		one := MustCompile([]Rule{ungated})
		for _, text := range append(append([]string(nil), r.Examples().True...), texts...) {
			var ms []Match
			one.Match([]byte(text), func(m Match) { ms = append(ms, m) })
			for _, m := range ms {
				ls := strings.LastIndexByte(text[:m.MatchStart], '\n') + 1
				le := strings.IndexByte(text[m.MatchStart:], '\n')
				if le < 0 {
					le = len(text)
				} else {
					le += m.MatchStart
				}
				if !g([]byte(text[ls:le])) {
					t.Errorf("rule %q: gate drops a line the rule reports:\n%s", r.ID, text[ls:le])
				}
			}
		}
	}
	if gated < 5 {
		t.Fatalf("only %d rules have gates; the gates are not wired", gated)
	}
}

// TestKeyValidatorsAgreeWithX509: the RSA and EC validators, written on
// encoding/asn1, crypto/rsa and crypto/ecdsa so that the binary does not
// link crypto/x509 (and the net package it pulls in), accept what
// crypto/x509 parses and reject what it rejects, on fresh keys of every
// size and curve and on each of them with one byte changed.
func TestKeyValidatorsAgreeWithX509(t *testing.T) {
	rng := mathrand.New(mathrand.NewSource(6))
	flip := func(der []byte) []byte {
		d := append([]byte(nil), der...)
		d[rng.Intn(len(d))] ^= byte(1 + rng.Intn(255))
		return d
	}
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	der := x509.MarshalPKCS1PrivateKey(rsaKey)
	for i := 0; i < 300; i++ {
		d := der
		if i > 0 {
			d = flip(der)
		}
		_, want := x509.ParsePKCS1PrivateKey(d)
		if got := checkRSAKey(d); (got == nil) != (want == nil) {
			at := 0
			for at < len(d) && d[at] == der[at] {
				at++
			}
			t.Fatalf("RSA case %d (byte %d of %d: %x -> %x): checkRSAKey %v, x509 %v", i, at, len(d), der[min(at, len(der)-1)], d[min(at, len(d)-1)], got, want)
		}
	}
	for _, curve := range []elliptic.Curve{elliptic.P224(), elliptic.P256(), elliptic.P384(), elliptic.P521()} {
		k, err := ecdsa.GenerateKey(curve, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		der, err := x509.MarshalECPrivateKey(k)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 300; i++ {
			d := der
			if i > 0 {
				d = flip(der)
			}
			_, want := x509.ParseECPrivateKey(d)
			got := checkECKey(d)
			// x509 does not compare the embedded public key: where it
			// parses a key whose public half was changed, the validator
			// rightly says the halves differ.
			if want == nil && got != nil && strings.Contains(got.Error(), "does not match") {
				continue
			}
			if (got == nil) != (want == nil) {
				t.Fatalf("%s case %d: checkECKey %v, x509 %v", curve.Params().Name, i, got, want)
			}
		}
	}
}
