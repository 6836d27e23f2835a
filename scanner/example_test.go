package scanner_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/envguard/envguard/scanner"
)

// Run scans standard input (here a string) with the built-in rules and
// the config found in the directory; the secret prints redacted.
func ExampleRun() {
	key := "Ld2nFWFPTIAVyN42nqHfrHM9yVPnbwYZyfdTgzP9_vU=" // a made-up Fernet key
	res, err := scanner.Run(context.Background(), scanner.Spec{
		Dir:       ".",
		Source:    scanner.Stdin,
		Stdin:     strings.NewReader("FERNET_KEY = '" + key + "'\n"),
		StdinName: "app.py",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range res.Findings {
		fmt.Printf("%s:%d %s %s\n", f.Path, f.Line, f.RuleID, f.Secret)
	}
	// Output: app.py:1 fernet-key Ld2n********
}
