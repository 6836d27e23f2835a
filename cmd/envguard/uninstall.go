package main

import "errors"

const uninstallUsage = `Usage: envguard uninstall

remove envguard's git hook, restoring any previous one (not built yet).
`

func uninstallCommand() *command {
	return &command{name: "uninstall", summary: "remove envguard's git hook, restoring any previous one", usage: uninstallUsage, run: func(e *env, args []string) error {
		return errors.New("envguard uninstall is not built yet")
	}}
}
