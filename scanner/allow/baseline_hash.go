package allow

import (
	"cmp"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
)

// HashAlgorithm names how a version-2 baseline hides its fingerprints.
const HashAlgorithm = "pbkdf2-sha256"

// DefaultIterations is the PBKDF2 work factor of new baselines: about 4 ms
// per fingerprint on a 2024 laptop core, so confirming one guessed secret
// against a committed baseline costs that much instead of the microsecond
// a bare SHA-256 costs, while a scan hashes each distinct finding once.
const DefaultIterations = 30_000

// Limits on the work factor a baseline file may ask for: below the floor
// the hash stops protecting anything, above the ceiling a hostile file
// could make every scan crawl.
const (
	minIterations = 1_000
	maxIterations = 2_000_000
)

// Hash is the salted, deliberately slow hash a version-2 baseline stores
// in place of each finding's fingerprint. The salt is random per file and
// kept in it, so the stored values are stable across runs, machines and
// rebases (adding to a baseline reuses its salt), and a precomputed table
// of guesses is useless against it.
type Hash struct {
	Algorithm  string `json:"algorithm"`
	Iterations int    `json:"iterations"`
	Salt       string `json:"salt"`
	salt       []byte
}

// NewHash returns a hash with a fresh random salt and [DefaultIterations].
func NewHash() (*Hash, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return nil, fmt.Errorf("cannot make a baseline salt: %w", err)
	}
	return &Hash{Algorithm: HashAlgorithm, Iterations: DefaultIterations, Salt: hex.EncodeToString(salt), salt: salt}, nil
}

// check validates h as read from a file and decodes its salt.
func (h *Hash) check() error {
	if h.Algorithm != HashAlgorithm {
		return fmt.Errorf("hash algorithm %q is not supported (this envguard uses %q)", h.Algorithm, HashAlgorithm)
	}
	if h.Iterations < minIterations || h.Iterations > maxIterations {
		return fmt.Errorf("hash iterations %d out of range (%d to %d)", h.Iterations, minIterations, maxIterations)
	}
	salt, err := hex.DecodeString(h.Salt)
	if err != nil || len(salt) < 16 || h.Salt != strings.ToLower(h.Salt) {
		return fmt.Errorf("hash salt must be at least 32 lower-case hex digits")
	}
	h.salt = salt
	return nil
}

// Sum returns the stored form of a finding's fingerprint: 64 hex digits.
func (h *Hash) Sum(fingerprint string) string {
	k, err := pbkdf2.Key(sha256.New, fingerprint, h.salt, h.Iterations, 32)
	if err != nil {
		// Only a key length out of range fails, and 32 is in range.
		panic(err)
	}
	return hex.EncodeToString(k)
}

// Change counts what [Merge] did to a baseline.
type Change struct {
	Added, Removed, Kept int
}

// Merge adds current to old, both hashed alike. With prune, old entries
// whose fingerprint no current entry has are dropped (their findings are
// gone from what was scanned). The result is sorted and deduplicated.
func Merge(old, current []Entry, prune bool) ([]Entry, Change) {
	now := map[string]bool{}
	for _, e := range current {
		now[e.Fingerprint] = true
	}
	seen := map[Entry]bool{}
	var out []Entry
	var ch Change
	for _, e := range old {
		if seen[e] {
			continue
		}
		seen[e] = true
		if prune && !now[e.Fingerprint] {
			ch.Removed++
			continue
		}
		ch.Kept++
		out = append(out, e)
	}
	for _, e := range current {
		if seen[e] {
			continue
		}
		seen[e] = true
		ch.Added++
		out = append(out, e)
	}
	sortEntries(out)
	return out, ch
}

// Rehash turns version-1 entries (bare fingerprints) into entries hashed
// with h: a baseline migrates without a new scan.
func Rehash(entries []Entry, h *Hash) []Entry {
	out := make([]Entry, len(entries))
	for i, e := range entries {
		e.Fingerprint = h.Sum(e.Fingerprint)
		out[i] = e
	}
	sortEntries(out)
	return out
}

func sortEntries(es []Entry) {
	slices.SortFunc(es, func(a, b Entry) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(a.Rule, b.Rule), strings.Compare(a.Fingerprint, b.Fingerprint))
	})
}
