package report_test

import (
	"os"

	"github.com/envguard/envguard/scanner/pipeline"
	"github.com/envguard/envguard/scanner/report"
)

// A text report of one finding. The secret is redacted because
// ShowSecrets is not set.
func ExampleNew() {
	secret := "tok_" + "Zq8Lm2Xw9Kp4Tb7Rv3Ns6Hd1"
	findings := []pipeline.Finding{{
		RuleID: "example-token", Description: "Example token",
		Path: "app.py", Line: 3, Column: 9, EndLine: 3,
		Secret:      pipeline.NewSecret(secret),
		Fingerprint: pipeline.Fingerprint("example-token", secret),
	}}
	r, err := report.New("text", report.Options{Source: "staged changes"})
	if err != nil {
		panic(err)
	}
	r.Report(os.Stdout, findings, nil)
	// Output:
	// app.py:3:9: example-token: Example token
	//     secret: tok_********
	//
	// what to do next:
	//   - move each value to .env (git ignores it) and load it from the environment
	//   - if a value was ever pushed or shared, rotate it at its provider: deleting it does not revoke it
	//   - run 'envguard fix --dry-run' to see the repairs envguard can make ('--yes' applies them)
	//   - a false positive? add '# envguard:allow' to its line, or accept the current findings with 'envguard baseline'
	//
	// envguard: 1 finding in staged changes (1 file)
}
