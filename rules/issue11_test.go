package rules

import (
	"strings"
	"testing"
)

// findIDs runs the built-in set over text as the content of the file at
// path and returns the ids and secrets it reports.
func findIDs(t *testing.T, set *Set, path, text string) map[string]string {
	t.Helper()
	got := map[string]string{}
	set.MatchFile(path, []byte(text), false, func(m Match) { got[m.Rule.ID] = m.Secret })
	return got
}

// TestIssue11Recall holds the assignments issue 11 found missed: a
// *_PASSWORD= line outside .npmrc (npmrc-auth-basic claimed it and its
// failed base64 decoding hid the generic finding), hex longer than 256
// digits, and typed constants in Rust and C.
func TestIssue11Recall(t *testing.T) {
	set := MustCompile(Builtin())
	pw := exampleChars("i11-pw", exAlnum, 20)
	hex := exampleHex("i11-hex", 700)
	for _, tc := range []struct{ path, line string }{
		{"app.ini", "DB_PASSWORD=" + pw},
		{"settings.py", "EMAIL_HOST_PASSWORD = '" + pw + "'"},
		{"docker-compose.yml", "      POSTGRES_PASSWORD: " + pw},
		{"deploy.sh", "export MYSQL_ROOT_PASSWORD=" + pw},
		{"deploy.sh", "NPM_AUTH=" + pw},
		{"", "DB_PASSWORD=" + pw},
		{"keys_test.go", `signingKey := "` + hex + `"`},
		{"main.rs", `const API_TOKEN: &str = "` + pw + `";`},
		{"main.rs", `static API_TOKEN: &'static str = "` + pw + `";`},
		{"main.c", `static const char api_key[] = "` + pw + `";`},
		{"config.h", `#define API_KEY "` + pw + `"`},
	} {
		got := findIDs(t, set, tc.path, tc.line)
		if len(got) == 0 {
			t.Errorf("%s: nothing reported in %q", tc.path, tc.line)
		}
		if _, ok := got["npmrc-auth-basic"]; ok {
			t.Errorf("%s: npmrc-auth-basic reported outside .npmrc in %q", tc.path, tc.line)
		}
	}
}

// TestFileScopedRuleRunsOnlyInItsFile: npmrc-auth-basic reports base64
// credentials in .npmrc, not the same line in another file, where a
// generic rule speaks for it.
func TestFileScopedRuleRunsOnlyInItsFile(t *testing.T) {
	set := MustCompile(Builtin())
	var line string
	for _, ex := range ruleByID(t, "npmrc-auth-basic").Examples().True {
		if strings.HasPrefix(ex, "_auth=") {
			line = ex
		}
	}
	if got := findIDs(t, set, "proj/.npmrc", line); got["npmrc-auth-basic"] == "" {
		t.Errorf(".npmrc: npmrc-auth-basic did not report %q (got %v)", line, got)
	}
	if got := findIDs(t, set, "proj/app.ini", line); got["npmrc-auth-basic"] != "" {
		t.Errorf("app.ini: npmrc-auth-basic reported %q", line)
	}
}

func ruleByID(t *testing.T, id string) Rule {
	t.Helper()
	for _, r := range Builtin() {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no rule %s", id)
	return Rule{}
}
