package main

import "errors"

const fixUsage = `Usage: envguard fix

repair: untrack .env, fix .gitignore, replace leaked keys (not built yet).
`

func fixCommand() *command {
	return &command{name: "fix", summary: "repair: untrack .env, fix .gitignore, replace leaked keys", usage: fixUsage, run: func(e *env, args []string) error {
		return errors.New("envguard fix is not built yet")
	}}
}
