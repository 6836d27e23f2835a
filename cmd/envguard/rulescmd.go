package main

import "errors"

const rulesUsage = `Usage: envguard rules

list the built-in rules (not built yet).
`

func rulesCommand() *command {
	return &command{name: "rules", summary: "list the built-in rules", usage: rulesUsage, run: func(e *env, args []string) error {
		return errors.New("envguard rules is not built yet")
	}}
}
