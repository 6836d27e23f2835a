package rules

import "testing"

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
