#!/bin/sh
# envguard-hook: pre-push
#
# Installed by `envguard install --pre-push`; `envguard uninstall` removes it
# and puts back the hook that was here before, if there was one.
#
# It runs the hook that was here before (kept beside this file as
# pre-push.envguard-chained), then `envguard scan --range` on the commits
# being pushed: a leaked secret in any of them blocks the push, and so does
# the earlier hook failing.
#
# To skip every hook for one push: git push --no-verify

{{template "common" .}}
remote=$1

# git writes one line per ref being pushed on standard input:
#   <local ref> <local sha> <remote ref> <remote sha>
# Keep it exactly (trailing newlines too) to give it to both hooks.
input=$(cat; echo .)
input=${input%.}

if [ -f "$chained" ]; then
	if [ -x "$chained" ]; then
		printf '%s' "$input" | envguard_run_chained "$@" || status=$?
	else
		envguard_chained_skipped
	fi
fi

# envguard_empty_base prints a commit that shares no history with any
# other: a root commit of the empty tree. `--range EMPTY..B` is then every
# commit of B. Its fixed author and dates make it the same object on every
# run; git's gc prunes it once it is old and unreferenced.
envguard_empty_base() {
	tree=$(git mktree </dev/null) || return 1
	GIT_AUTHOR_NAME=envguard GIT_AUTHOR_EMAIL=envguard@localhost \
		GIT_COMMITTER_NAME=envguard GIT_COMMITTER_EMAIL=envguard@localhost \
		GIT_AUTHOR_DATE='2000-01-01T00:00:00Z' GIT_COMMITTER_DATE='2000-01-01T00:00:00Z' \
		git commit-tree "$tree" -m 'envguard: empty base for scanning a whole history' </dev/null
}

# envguard_new_range prints the range that holds the commits of $2 that no
# remote-tracking branch of remote $1 has: BASE..$2 where BASE is the
# boundary commit that leaves the fewest commits, or an empty base when the
# whole history of $2 is new. It prints nothing when every commit is
# already there.
envguard_new_range() {
	new=$(git rev-list --boundary "$2" --not --remotes="$1" --) || return 1
	[ -n "$new" ] || return 0
	best=
	best_n=
	for b in $(printf '%s\n' "$new" | sed -n 's/^-//p'); do
		n=$(git rev-list --count "$b..$2") || return 1
		if [ -z "$best_n" ] || [ "$n" -lt "$best_n" ]; then
			best=$b
			best_n=$n
		fi
	done
	if [ -z "$best" ]; then
		best=$(envguard_empty_base) || return 1
	fi
	echo "$best..$2"
}

if ! envguard_find; then
	exit 1
fi
while read -r local_ref local_sha remote_ref remote_sha; do
	case $local_sha in
	*[!0]*) ;;
	*) continue ;; # a deleted ref (all zeros) or an empty line: nothing is sent
	esac
	range=
	case $remote_sha in
	*[!0]*)
		# An update: scan what the remote does not have yet, when we know
		# its commit (a force push over a commit we never fetched falls
		# through to the new-branch case).
		if git cat-file -e "$remote_sha^{commit}" 2>/dev/null; then
			range=$remote_sha..$local_sha
		fi
		;;
	esac
	if [ -z "$range" ]; then
		if ! range=$(envguard_new_range "$remote" "$local_sha"); then
			echo "envguard: cannot work out which commits $local_ref adds; scan them with 'envguard scan --range BASE..$local_sha'" >&2
			status=1
			continue
		fi
		[ -n "$range" ] || continue
	fi
	"$envguard" scan --range "$range" >&2 || status=$?
done <<EOF
$input
EOF
exit "$status"
