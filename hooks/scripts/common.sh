{{define "common"}}envguard_installed={{.Executable}}
case $0 in
*/*) hook_dir=${0%/*} ;;
*) hook_dir=. ;;
esac
chained="$hook_dir/{{.Hook}}.envguard-chained"
cr=$(printf '\r')
status=0

# envguard_find sets envguard to the program to run: the one on PATH, else
# the one this hook was installed from. With neither it says how to install
# envguard and fails, so a missing tool never lets a commit through.
envguard_find() {
	if command -v envguard >/dev/null 2>&1; then
		envguard=envguard
	elif [ -f "$envguard_installed" ] && [ -x "$envguard_installed" ]; then
		envguard=$envguard_installed
	else
		{
			echo "envguard: the {{.Hook}} hook cannot run: envguard is not on PATH and $envguard_installed is gone"
			echo "  hint: install envguard: in a clone of https://github.com/envguard/envguard run go install ./cmd/envguard"
			echo '  hint: go install puts it in $(go env GOPATH)/bin: make sure that folder is on PATH, then run the git command again'
			echo "  hint: to remove this hook, run 'envguard uninstall' once envguard is installed"
		} >&2
		return 1
	fi
}

# envguard_run_chained runs the kept hook with this hook's arguments. A
# hook written for sh or bash is run by that shell with $0 set to this
# hook's own path, not to the name it is kept under: runners that find
# their work by the hook's name or folder (husky's .husky/_/h runs
# .husky/$(basename "$0")) still find it. Any other program is run as it is.
envguard_run_chained() {
	envguard_shebang=
	IFS= read -r envguard_shebang <"$chained" || :
	case $envguard_shebang in
	'#!/bin/sh' | '#!/usr/bin/env sh' | '#!/bin/sh'"$cr" | '#!/usr/bin/env sh'"$cr") envguard_shell=sh ;;
	'#!/bin/bash' | '#!/usr/bin/env bash' | '#!/bin/bash'"$cr" | '#!/usr/bin/env bash'"$cr") envguard_shell=bash ;;
	*) envguard_shell= ;;
	esac
	if [ -n "$envguard_shell" ] && command -v "$envguard_shell" >/dev/null 2>&1; then
		"$envguard_shell" -c 'envguard_chained_file=$1; shift; . "$envguard_chained_file"' "$0" "$chained" "$@"
	else
		"$chained" "$@"
	fi
}

# envguard_chained_skipped says why a kept hook that git would not run
# either is skipped.
envguard_chained_skipped() {
	echo "envguard: note: $chained is not executable, so it was skipped (as git would skip it)" >&2
}
{{end}}
