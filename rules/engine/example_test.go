package engine_test

import (
	"bytes"
	"fmt"

	"github.com/envguard/envguard/rules/engine"
)

// A rule carries what it needs as fields: here a gate, a cheap necessary
// condition for a line to hold a match (tokens are assigned, so the line
// has a ':' or a '='), which spares the regexp the other lines.
func ExampleRule_gate() {
	set := engine.MustCompile([]engine.Rule{{
		ID:          "internal-token",
		Description: "internal service token",
		Keywords:    []string{"itk_"},
		Regex:       `\b(?P<secret>itk_[A-Za-z0-9]{24})\b`,
		Severity:    engine.SeverityHigh,
		Gate:        func(line []byte) bool { return bytes.ContainsAny(line, ":=") },
	}})
	data := []byte("# itk_ tokens look like this\ntoken: itk_Q8w7E6r5T4y3U2i1O0p9L8k7\n")
	set.Match(data, func(m engine.Match) {
		fmt.Println(m.Rule.ID, m.Start, m.End-m.Start)
	})
	// Output: internal-token 36 28
}
