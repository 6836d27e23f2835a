package main

import "errors"

const keygenUsage = `Usage: envguard keygen

print or store a fresh strong key (not built yet).
`

func keygenCommand() *command {
	return &command{name: "keygen", summary: "print or store a fresh strong key", usage: keygenUsage, run: func(e *env, args []string) error {
		return errors.New("envguard keygen is not built yet")
	}}
}
