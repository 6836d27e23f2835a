{{define "common"}}envguard_installed={{.Executable}}
case $0 in
*/*) hook_dir=${0%/*} ;;
*) hook_dir=. ;;
esac
chained="$hook_dir/{{.Hook}}.envguard-chained"
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
			echo "  hint: install envguard: go install github.com/envguard/envguard/cmd/envguard@latest"
			echo '  hint: go install puts it in $(go env GOPATH)/bin: make sure that folder is on PATH, then run the git command again'
			echo "  hint: to remove this hook, run 'envguard uninstall' once envguard is installed"
		} >&2
		return 1
	fi
}

# envguard_chained_skipped says why a kept hook that git would not run
# either is skipped.
envguard_chained_skipped() {
	echo "envguard: note: $chained is not executable, so it was skipped (as git would skip it)" >&2
}
{{end}}
