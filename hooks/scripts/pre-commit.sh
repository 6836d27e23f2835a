#!/bin/sh
# envguard-hook: pre-commit
#
# Installed by `envguard install`; `envguard uninstall` removes it and puts
# back the hook that was here before, if there was one.
#
# It runs the hook that was here before (kept beside this file as
# pre-commit.envguard-chained), then `envguard scan --staged`: a leaked
# secret or a staged .env file blocks the commit, and so does the earlier
# hook failing.
#
# To allow one line, end it with a comment holding envguard:allow.
# To skip every hook for one commit: git commit --no-verify

{{template "common" .}}
if [ -f "$chained" ]; then
	if [ -x "$chained" ]; then
		envguard_run_chained "$@" || status=$?
	else
		envguard_chained_skipped
	fi
fi

if envguard_find; then
	"$envguard" scan --staged || status=$?
else
	status=1
fi
exit "$status"
