package rules_test

import (
	"fmt"

	"github.com/envguard/envguard/rules"
)

// The built-in rules find provider tokens and check their checksums
// offline: the second token below differs in its last character, so its
// CRC32 does not match and it is not reported. Both are generated fakes.
func ExampleSet_Match() {
	set := rules.MustCompile(rules.Builtin())
	text := []byte("GITHUB_TOKEN=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\n" +
		"OLD_TOKEN=ghp_yaNt6X06OaLVNnTtWgiKE1Cgn0osZm25TQXJ\n")
	set.Match(text, func(m rules.Match) {
		fmt.Println(m.Rule.ID, m.Start)
	})
	// Output:
	// github-pat 13
}

// MatchAll also delivers the candidates a rule rejected, with the reason.
func ExampleSet_MatchAll() {
	set := rules.MustCompile(rules.Builtin())
	set.MatchAll([]byte("OLD_TOKEN=ghp_yaNt6X06OaLVNnTtWgiKE1Cgn0osZm25TQXJ"), func(m rules.Match) {
		if m.Rule.ID == "github-pat" {
			fmt.Println(m.Rule.ID, m.Rejected)
		}
	})
	// Output:
	// github-pat validation failed: CRC32 checksum does not match
}
