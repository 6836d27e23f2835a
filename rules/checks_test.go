package rules

import (
	"math/big"
	"strings"
	"testing"
)

func TestBase62Checksum(t *testing.T) {
	// Vectors computed independently (Python zlib.crc32); the second is the
	// entropy and checksum of the sample token in GitHub's format write-up.
	for in, want := range map[string]string{
		"":                               "000000",
		"123456789":                      "3jZRME",
		"zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ": "0mLq17",
	} {
		if got := base62Checksum(in); got != want {
			t.Errorf("base62Checksum(%q) = %q, want %q", in, got, want)
		}
	}
	// big.Int.Text(62) orders lower case before upper case: a checksum
	// computed with it would reject real tokens.
	if new(big.Int).SetUint64(3421780262).Text(62) == "3jZRME" {
		t.Error("big.Int.Text(62) unexpectedly uses GitHub's alphabet")
	}
}

func TestCheckGitHubAndNPMTokens(t *testing.T) {
	good := fakeCRCToken("ghp_", "t")
	if err := checkGitHubToken(good); err != nil {
		t.Errorf("valid token rejected: %v", err)
	}
	for _, bad := range []string{corruptLast(good), good[:len(good)-1], "ghp_" + strings.Repeat("a", 36), "gh"} {
		if checkGitHubToken(bad) == nil {
			t.Errorf("checkGitHubToken(%q) accepted a bad token", bad)
		}
	}
	if err := checkNPMToken(fakeCRCToken("npm_", "n")); err != nil {
		t.Errorf("valid npm token rejected: %v", err)
	}
	if checkNPMToken(fakeCRCToken("ghp_", "n")) == nil {
		t.Error("checkNPMToken accepted a GitHub token")
	}
}

func TestCheckGitLabToken(t *testing.T) {
	// The minimum-length routable token published in GitLab's design
	// document (no prefix, no version segment).
	for _, tok := range []string{
		"bzoxd_Rb5_cHeWe1JH56wr2FCBA.0r1pum4t4",
		fakeGitLabRoutable("glpat-", "x"),
		"glpat-" + fake("legacy", csURL, 20),
	} {
		if err := checkGitLabToken(tok); err != nil {
			t.Errorf("checkGitLabToken(%q): %v", tok, err)
		}
	}
	good := fakeGitLabRoutable("glpat-", "y")
	for _, bad := range []string{
		corruptLast(good),
		"glpat-" + fake("z", csURL, 30) + ".01.0u" + "0000000",
		"glpat-a.",
		"bzoxd_Rb5_cHeWe1JH56wr2FCBB.0r1pum4t4",
	} {
		if checkGitLabToken(bad) == nil {
			t.Errorf("checkGitLabToken(%q) accepted a bad token", bad)
		}
	}
}

func TestCheckAWSKeyID(t *testing.T) {
	id := fakeAWSKeyID("AKIA", "s", 123456789012)
	if got := awsAccountID(id); got != 123456789012 {
		t.Errorf("awsAccountID(%s) = %d, want 123456789012", id, got)
	}
	if err := checkAWSKeyID(id); err != nil {
		t.Errorf("valid key id rejected: %v", err)
	}
	for _, bad := range []string{
		fakeAWSKeyID("AKIA", "s", 1<<40-1), // 13-digit account
		"AKIA" + "ABCDEFGH01234567",        // 0 and 1 are not base32
		"AKIA" + "ABCDEFGH",
	} {
		if checkAWSKeyID(bad) == nil {
			t.Errorf("checkAWSKeyID(%q) accepted a bad id", bad)
		}
	}
}

func TestCheckPyPIToken(t *testing.T) {
	for _, loc := range []string{"pypi.org", "test.pypi.org"} {
		if err := checkPyPIToken(fakePyPIToken("v", loc)); err != nil {
			t.Errorf("valid %s token rejected: %v", loc, err)
		}
	}
	good := fakePyPIToken("w", "pypi.org")
	for _, bad := range []string{
		good[:len(good)-4],
		good + "AAAA",
		fakePyPIToken("w", "evil.org"),
		"pypi-" + fake("p", csURL, 120),
		"pypi-!!",
	} {
		if checkPyPIToken(bad) == nil {
			t.Errorf("checkPyPIToken(%q) accepted a bad token", bad)
		}
	}
}

func TestCheckDiscordBotToken(t *testing.T) {
	if err := checkDiscordBotToken(fakeDiscordBotToken("d")); err != nil {
		t.Errorf("valid token rejected: %v", err)
	}
	if checkDiscordBotToken("QUJDREVGR0hJSktMTU5PUFFS.abcdef."+fake("m", csURL, 38)) == nil {
		t.Error("accepted a token whose first part is not a numeric id")
	}
}

func FuzzValidators(f *testing.F) {
	f.Add("bzoxd_Rb5_cHeWe1JH56wr2FCBA.0r1pum4t4")
	f.Add(fakePyPIToken("f", "pypi.org"))
	f.Add("glpat-.00")
	f.Fuzz(func(t *testing.T, s string) {
		_ = checkGitLabToken(s)
		_ = checkPyPIToken(s)
		_ = checkGitHubToken(s)
		_ = checkDiscordBotToken(s)
		if len(s) == 20 {
			_ = checkAWSKeyID(s)
		}
	})
}

// TestFailedChecksumShadowsGeneric: a GitHub-shaped token with a bad
// checksum is reported neither by the GitHub rule nor by a generic rule.
func TestFailedChecksumShadowsGeneric(t *testing.T) {
	set := MustCompile(Builtin())
	bad := corruptLast(fakeCRCToken("ghp_", "shadow"))
	for _, line := range []string{"OLD_TOKEN=" + bad, `api_key = "` + bad + `"`} {
		set.Match([]byte(line), func(m Match) {
			t.Errorf("%s reported %q in %q", m.Rule.ID, m.Secret, line)
		})
	}
	found := false
	set.Match([]byte("OLD_TOKEN="+fakeCRCToken("ghp_", "shadow")), func(m Match) { found = m.Rule.ID == "github-pat" })
	if !found {
		t.Error("the valid token is not reported by github-pat")
	}
}
