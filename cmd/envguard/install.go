package main

import "errors"

const installUsage = `Usage: envguard install

install the git pre-commit hook (not built yet).
`

func installCommand() *command {
	return &command{name: "install", summary: "install the git pre-commit hook", usage: installUsage, run: func(e *env, args []string) error {
		return errors.New("envguard install is not built yet")
	}}
}
