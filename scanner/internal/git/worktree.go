package git

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"
)

// LsEntry is one path `git ls-files` lists (see [Repo.ListFiles]).
type LsEntry struct {
	// Path is slash-separated, relative to the work tree.
	Path string
	// Mode ("100644") and Blob (hex id) of a tracked path; both empty for
	// an untracked one. An unmerged path is listed once per stage.
	Mode, Blob string
}

// ListFiles returns the paths matching pathspecs that are in the index or
// untracked and not ignored (`git ls-files --cached --others
// --exclude-standard`: git walks the work tree, skipping ignored
// directories).
func (r *Repo) ListFiles(ctx context.Context, pathspecs []string) ([]LsEntry, error) {
	args := append([]string{"ls-files", "-z", "-t", "-s", "--cached", "--others", "--exclude-standard", "--"}, pathspecs...)
	out, err := r.Output(ctx, args...)
	if err != nil {
		return nil, err
	}
	var list []LsEntry
	for _, rec := range bytes.Split(out, []byte{0}) {
		if p, mode, blob, ok := parseLsFiles(rec); ok {
			list = append(list, LsEntry{Path: p, Mode: mode, Blob: blob})
		}
	}
	return list, nil
}

// IgnoredFiles returns the untracked paths matching pathspecs that git
// ignores.
func (r *Repo) IgnoredFiles(ctx context.Context, pathspecs []string) ([]string, error) {
	args := append([]string{"ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--"}, pathspecs...)
	out, err := r.Output(ctx, args...)
	if err != nil {
		return nil, err
	}
	var list []string
	for _, p := range bytes.Split(out, []byte{0}) {
		if len(p) > 0 {
			list = append(list, string(p))
		}
	}
	return list, nil
}

// parseLsFiles reads one record of `git ls-files -t -s`: "? path" for an
// untracked file (blob ""), "H mode blob stage\tpath" for a tracked one.
func parseLsFiles(rec []byte) (path, mode, blob string, ok bool) {
	if len(rec) < 3 || rec[1] != ' ' {
		return "", "", "", false
	}
	if rec[0] == '?' {
		return string(rec[2:]), "", "", true
	}
	tab := bytes.IndexByte(rec, '\t')
	if tab < 0 {
		return "", "", "", false
	}
	fields := bytes.Fields(rec[2:tab])
	if len(fields) != 3 {
		return "", "", "", false
	}
	return string(rec[tab+1:]), string(fields[0]), string(fields[1]), true
}

// HeadBlobs returns the blob ids HEAD holds for the given paths; paths
// HEAD lacks are absent. Before the first commit the map is empty.
func (r *Repo) HeadBlobs(ctx context.Context, paths []string) (map[string]string, error) {
	list := append([]string(nil), paths...)
	sort.Strings(list)
	args := append([]string{"ls-tree", "-z", "--full-tree", "HEAD", "--"}, literal(list)...)
	out, err := r.Output(ctx, args...)
	if err != nil {
		if head, herr := r.Head(ctx); herr == nil && head == "" {
			return map[string]string{}, nil // no commit yet: everything is staged
		}
		return nil, fmt.Errorf("cannot read HEAD to compare with the index: %w", err)
	}
	blobs := map[string]string{}
	for _, rec := range bytes.Split(out, []byte{0}) {
		tab := bytes.IndexByte(rec, '\t')
		if tab < 0 {
			continue
		}
		fields := bytes.Fields(rec[:tab])
		if len(fields) == 3 && string(fields[1]) == "blob" {
			blobs[string(rec[tab+1:])] = string(fields[2])
		}
	}
	return blobs, nil
}

// literal turns paths into pathspecs that match exactly those paths.
func literal(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = ":(literal)" + p
	}
	return out
}

// StagedBlob returns the content of path as staged in the index (stage
// 0), read through the [CatFile] client.
func (r *Repo) StagedBlob(ctx context.Context, path string) ([]byte, error) {
	if strings.ContainsAny(path, "\n\r") { // not expressible in cat-file's batch protocol
		return r.Output(ctx, "cat-file", "blob", ":"+path)
	}
	cf := NewCatFile(ctx, r)
	defer cf.Close()
	data, err := cf.Get(":" + path)
	if err == nil && data == nil {
		err = fmt.Errorf("git cat-file: %s is not staged", path)
	}
	return data, err
}
