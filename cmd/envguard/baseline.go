package main

import "errors"

const baselineUsage = `Usage: envguard baseline

record current findings as accepted (not built yet).
`

func baselineCommand() *command {
	return &command{name: "baseline", summary: "record current findings as accepted", usage: baselineUsage, run: func(e *env, args []string) error {
		return errors.New("envguard baseline is not built yet")
	}}
}
