package main

import "errors"

const checkExampleUsage = `Usage: envguard check-example

check that example env files hold placeholders only (not built yet).
`

func checkExampleCommand() *command {
	return &command{name: "check-example", summary: "check that example env files hold placeholders only", usage: checkExampleUsage, run: func(e *env, args []string) error {
		return errors.New("envguard check-example is not built yet")
	}}
}
