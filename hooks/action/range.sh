#!/bin/sh
# range.sh prints the commit range envguard's GitHub Action scans, A..B,
# from the event the workflow runs for. It reads:
#
#   INPUT_RANGE      a range the workflow names; wins when set
#   EVENT            github.event_name
#   BEFORE, SHA      a push: github.event.before and github.sha
#   BASE_SHA, HEAD_SHA  a pull request: its base and head commits
#   DEFAULT_BRANCH   github.event.repository.default_branch
#   REMOTE           the remote the checkout fetched (default origin)
#
# A push scans BEFORE..SHA. When BEFORE is all zeros (a new branch) or not
# in the clone (a force push over commits nobody fetched), it scans from the
# merge base with the default branch; when there is none, or the push is to
# the default branch itself, every commit of SHA (a FROM of all zeros,
# which envguard reads as "from the start").
# A pull request scans from the merge base of its base and head to its head.
set -eu
zero=0000000000000000000000000000000000000000
remote=${REMOTE:-origin}

has_commit() {
	[ -n "$1" ] && git cat-file -e "$1^{commit}" 2>/dev/null
}

# from_default_branch prints the range from the merge base of $1 with the
# default branch, or from the start.
from_default_branch() {
	if [ -n "${DEFAULT_BRANCH:-}" ] && has_commit "$remote/$DEFAULT_BRANCH"; then
		mb=$(git merge-base "$remote/$DEFAULT_BRANCH" "$1" 2>/dev/null || :)
		if [ -n "$mb" ] && [ "$mb" != "$(git rev-parse "$1^{commit}")" ]; then
			echo "$mb..$1"
			return
		fi
	fi
	echo "$zero..$1"
}

if [ -n "${INPUT_RANGE:-}" ]; then
	echo "$INPUT_RANGE"
	exit 0
fi
case ${EVENT:-} in
pull_request | pull_request_target)
	if ! has_commit "${BASE_SHA:-}"; then
		git fetch --quiet --no-tags "$remote" "$BASE_SHA" >&2 || :
	fi
	if ! has_commit "${BASE_SHA:-}"; then
		echo "envguard: the pull request's base $BASE_SHA is not in the clone: check out with fetch-depth: 0" >&2
		exit 2
	fi
	mb=$(git merge-base "$BASE_SHA" "$HEAD_SHA")
	echo "$mb..$HEAD_SHA"
	;;
push)
	before=${BEFORE:-}
	case $before in
	*[!0]*)
		if has_commit "$before"; then
			echo "$before..$SHA"
			exit 0
		fi
		echo "envguard: $before (the branch's commit before the push) is not in the clone (a force push?): scanning from the merge base with ${DEFAULT_BRANCH:-the default branch}" >&2
		;;
	esac
	from_default_branch "$SHA"
	;;
*)
	from_default_branch "${SHA:-HEAD}"
	;;
esac
