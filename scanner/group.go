package scanner

import "github.com/envguard/envguard/scanner/pipeline"

// OncePerSecret reports each secret once: the findings of one rule with
// one secret (one [Finding.Fingerprint]) become the first of them, the one
// of the earliest commit (else the first in path order), with the others'
// places in its Also, in that order. Findings without a fingerprint (the
// .env guard's) are kept as they are. fs must be sorted ([SortFindings]);
// the result is too.
func OncePerSecret(fs []Finding) []Finding {
	first := map[string]int{} // fingerprint -> index in out
	out := fs[:0:0]
	for _, f := range fs {
		if f.Fingerprint == "" {
			out = append(out, f)
			continue
		}
		i, seen := first[f.Fingerprint]
		if !seen {
			first[f.Fingerprint] = len(out)
			out = append(out, f)
			continue
		}
		p := &out[i]
		if earlier(f.Commit, p.Commit) {
			also := append([]pipeline.Location{where(*p)}, p.Also...)
			*p = f
			p.Also = also
			continue
		}
		p.Also = append(p.Also, where(f))
	}
	SortFindings(out)
	return out
}

func where(f Finding) pipeline.Location {
	return pipeline.Location{Path: f.Path, Line: f.Line, Column: f.Column, Commit: f.Commit}
}

// earlier reports whether commit a is older than b.
func earlier(a, b *pipeline.Commit) bool {
	return a != nil && b != nil && a.Date.Before(b.Date)
}
