package rules

import (
	"slices"
	"testing"
)

// TestRealTreeNegatives holds lines from public source trees (Go's and
// Python's, the AWS CLI's examples) that once drew false findings. None
// of them holds a credential.
func TestRealTreeNegatives(t *testing.T) {
	set := MustCompile(Builtin())
	for _, line := range []string{
		// base64 test data: a run of zero bytes is a run of 'A's.
		"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAwMDAwMDAAMDAwMDAw",
		// pagination cursors are not credentials.
		`"NextToken": "eyJOZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ=="`,
		`"nextPageToken": "AAAAKgAAAAEAAAAAAAAAA2QJKNtidVgd49TTeNwYcpD+QKT2ynuEbibcQWe2"`,
		// AWS's documented example key, inside a longer value.
		`"SecurityToken": "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"`,
	} {
		set.Match([]byte(line), func(m Match) {
			t.Errorf("%s reported %q in:\n%s", m.Rule.ID, m.Secret, line)
		})
	}
}

// TestProviderNamesEndingInIDAreNotSecrets holds the one name rule of the
// rules that find a token next to a provider's names, whichever table form
// wrote them (issue 10: DATADOG_APP_ID=<hex> was reported, HEROKU_APP_ID
// with a UUID was not): an identifier ending in ID holds an identifier.
func TestProviderNamesEndingInIDAreNotSecrets(t *testing.T) {
	set := MustCompile(Builtin())
	hex40, hex32 := exampleChars("id-hex40", exHex, 40), exampleChars("id-hex32", exHex, 32)
	uuid := exampleUUID("id-uuid")
	for _, tc := range []struct {
		line, want string
	}{
		{"DATADOG_APP_KEY=" + hex40, "datadog-app-key"},
		{"DATADOG_APP_ID=" + hex40, ""},
		{"DD_API_KEY=" + hex32, "datadog-api-key"},
		{"DD_API_ID=" + hex32, ""},
		{"HEROKU_API_KEY=" + uuid, "heroku-api-key"},
		{"HEROKU_API_KEY_ID=" + uuid, ""},
		{"HEROKU_KEY_APP_ID=" + uuid, ""},
	} {
		var got []string
		set.Match([]byte(tc.line), func(m Match) { got = append(got, m.Rule.ID) })
		want := []string{tc.want}
		if tc.want == "" {
			want = nil
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %q, want %q", tc.line, got, want)
		}
	}
}
