package main

import "errors"

const checkEnvUsage = `Usage: envguard check-env

check that .env files are ignored and never tracked or staged (not built yet).
`

func checkEnvCommand() *command {
	return &command{name: "check-env", summary: "check that .env files are ignored and never tracked or staged", usage: checkEnvUsage, run: func(e *env, args []string) error {
		return errors.New("envguard check-env is not built yet")
	}}
}
