package rules_test

import (
	"fmt"

	"github.com/envguard/envguard/rules"
)

// A custom rule: the secret is the capture group, keywords feed the
// prefilter, and a candidate below the entropy floor is not reported.
func ExampleCompile() {
	set, err := rules.Compile([]rules.Rule{{
		ID:          "acme-key",
		Description: "Acme API key",
		Keywords:    []string{"acme_"},
		Regex:       `\b(acme_[A-Za-z0-9]{16})\b`,
		MinEntropy:  3,
		Severity:    rules.SeverityHigh,
	}})
	if err != nil {
		panic(err)
	}
	text := []byte("a = ACME_x\nkey = acme_Q7w2E9r4T1y8U3i6\nold = acme_aaaaaaaaaaaaaaaa\n")
	set.Match(text, func(m rules.Match) {
		fmt.Println(m.Rule.ID, m.Start, m.Secret[:5])
	})
	// Output:
	// acme-key 17 acme_
}

// Generated keys are random: show their shape, not their value.
func ExampleGenerate_hex() {
	key, err := rules.Generate(rules.KindHex, rules.GenOptions{Bytes: 16})
	if err != nil {
		panic(err)
	}
	fmt.Println(len(key))
	// Output: 32
}
