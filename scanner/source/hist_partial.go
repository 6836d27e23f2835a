package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/pipeline"
)

// promisorRemotes returns the remotes a partial clone (git clone
// --filter=blob:none) fetches missing objects from; none for a full clone.
func promisorRemotes(ctx context.Context, repo *git.Repo) []string {
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

// missingBlobs returns, for a partial clone, the blobs of oids it lacks
// (nil for a full clone). envguard never goes to the network on its own
// while it scans: without fetch those blobs are not asked of git at all
// (git would fetch each lazily) and the caller reports them as not
// scanned. With fetch (--fetch-missing) they are fetched first, in one
// request per promisor remote rather than one round trip each, and the
// set of blobs still missing afterwards is returned.
func missingBlobs(ctx context.Context, repo *git.Repo, oids []string, fetch bool, notify func(pipeline.Notice)) map[string]bool {
	remotes := promisorRemotes(ctx, repo)
	if len(remotes) == 0 {
		return nil
	}
	have, err := repo.ObjectIDs(ctx)
	if err != nil {
		return nil
	}
	var missing bytes.Buffer
	lacking := map[string]bool{}
	for _, o := range oids {
		if _, ok := have[o]; !ok && !lacking[o] {
			lacking[o] = true
			missing.WriteString(o + "\n")
		}
	}
	n := len(lacking)
	if n == 0 {
		return nil
	}
	say := func(format string, a ...any) {
		if notify != nil {
			notify(pipeline.Notice{Kind: pipeline.NoticeInfo, Reason: fmt.Sprintf(format, a...)})
		}
	}
	if !fetch {
		say("partial clone: %s not in the repository and were not scanned; envguard does not fetch at scan time: pass --fetch-missing, or scan a full clone", plural(n, "blob is", "blobs are"))
		return lacking
	}
	for _, remote := range remotes {
		_, err := repo.OutputInput(ctx, missing.Bytes(), "-c", "fetch.negotiationAlgorithm=noop", "fetch", "--quiet", "--no-tags",
			"--no-write-fetch-head", "--recurse-submodules=no", "--filter=blob:none", "--stdin", remote)
		if err == nil {
			say("partial clone: fetched the %s it lacked from %s in one request", plural(n, "blob", "blobs"), remote)
			return nil
		}
		stderr := err.Error()
		if ge := (*git.GitError)(nil); errors.As(err, &ge) {
			stderr = ge.Stderr
		}
		say("partial clone: fetching %s from %s failed (%s)",
			plural(n, "missing blob", "missing blobs"), remote, strings.TrimSpace(strings.TrimPrefix(stderr, "fatal: ")))
	}
	return lacking
}

// explainLogError turns the failure of the history's `git log` in a
// partial clone without trees (git clone --filter=tree:0), where git says
// only "lazy fetching disabled", into an error that says which objects are
// missing and what --fetch-missing will and will not fetch. Any other
// error is returned as is.
func explainLogError(ctx context.Context, repo *git.Repo, revs []string, logErr error) error {
	remotes := promisorRemotes(ctx, repo)
	if len(remotes) == 0 {
		return logErr
	}
	have, err := repo.ObjectIDs(ctx)
	if err != nil {
		return logErr
	}
	out, err := repo.Output(ctx, append(append([]string{"log", "--format=%H %T"}, revs...), "--")...)
	if err != nil {
		return logErr
	}
	total, lacking, first := 0, 0, ""
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		commit, tree, ok := strings.Cut(l, " ")
		if !ok {
			continue
		}
		total++
		if _, ok := have[tree]; !ok {
			lacking++
			first = commit
		}
	}
	if lacking == 0 {
		return logErr
	}
	return fmt.Errorf("partial clone without trees (--filter=tree:0): the trees of %d of %s (%s among them) are not in the repository, "+
		"so git cannot list what those commits changed and nothing was scanned; --fetch-missing fetches missing file contents (blobs), never trees: "+
		"first run 'git fetch --refetch --filter=blob:none %s' (every commit's trees, no file contents; git 2.36 or newer), "+
		"then scan again with --fetch-missing, or scan a full clone", lacking, plural(total, "commit", "commits"), shortOID(first), remotes[0])
}
