package source

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/gitrepo"
)

// promisorRemotes returns the remotes a partial clone (git clone
// --filter=blob:none) fetches missing objects from; none for a full clone.
func promisorRemotes(ctx context.Context, repo *gitrepo.Repo) []string {
	out, _ := repo.Output(ctx, "config", "--get-regexp", `^remote\..*\.promisor$`)
	var names []string
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		key, val, ok := strings.Cut(l, " ")
		if ok && strings.EqualFold(val, "true") {
			names = append(names, strings.TrimSuffix(strings.TrimPrefix(key, "remote."), ".promisor"))
		}
	}
	if len(names) == 0 {
		if out, err := repo.Output(ctx, "config", "--get", "extensions.partialClone"); err == nil {
			if n := strings.TrimSpace(string(out)); n != "" {
				names = append(names, n)
			}
		}
	}
	return names
}

// prefetchMissing fetches, in one request per promisor remote, the blobs of
// oids that a partial clone lacks. Left alone, `git cat-file` would fetch
// them one round trip at a time. It returns how many were missing; a
// failed fetch is not fatal (git still fetches lazily, or the blob is
// reported missing).
func prefetchMissing(ctx context.Context, repo *gitrepo.Repo, oids []string, notify func(scanner.Notice)) {
	remotes := promisorRemotes(ctx, repo)
	if len(remotes) == 0 {
		return
	}
	present, err := repo.Output(ctx, "cat-file", "--batch-all-objects", "--batch-check=%(objectname)")
	if err != nil {
		return
	}
	have := make(map[string]struct{})
	sc := bufio.NewScanner(bytes.NewReader(present))
	for sc.Scan() {
		have[sc.Text()] = struct{}{}
	}
	var missing bytes.Buffer
	n := 0
	for _, o := range oids {
		if _, ok := have[o]; !ok {
			have[o] = struct{}{}
			missing.WriteString(o + "\n")
			n++
		}
	}
	if n == 0 {
		return
	}
	say := func(format string, a ...any) {
		if notify != nil {
			notify(scanner.Notice{Kind: scanner.NoticeInfo, Reason: fmt.Sprintf(format, a...)})
		}
	}
	for _, remote := range remotes {
		cmd := repo.Command(ctx, "-c", "fetch.negotiationAlgorithm=noop", "fetch", "--quiet", "--no-tags",
			"--no-write-fetch-head", "--recurse-submodules=no", "--filter=blob:none", "--stdin", remote)
		cmd.Stdin = bytes.NewReader(missing.Bytes())
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err == nil {
			say("partial clone: fetched the %d blob(s) it lacked from %s in one request", n, remote)
			return
		}
		say("partial clone: fetching %d missing blob(s) from %s failed (%s); git fetches them one by one",
			n, remote, strings.TrimSpace(strings.TrimPrefix(stderr.String(), "fatal: ")))
	}
}
