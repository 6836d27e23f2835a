package config

import (
	"encoding/json"
	"fmt"
	"strings"
)

// detectSecretsBaseline is the part of a detect-secrets baseline
// (.secrets.baseline) an import reads.
type detectSecretsBaseline struct {
	Version     string `json:"version"`
	FiltersUsed []struct {
		Path    string `json:"path"`
		Pattern any    `json:"pattern"`
	} `json:"filters_used"`
	Results map[string][]json.RawMessage `json:"results"`
}

// ImportDetectSecrets converts a detect-secrets baseline: its file
// exclusions (regexes) become globs and its secret exclusions allow
// regexes. Line exclusions and the accepted results (SHA-1 hashes of the
// secret alone, which envguard's salted fingerprints cannot be made
// from) are named in warnings.
func ImportDetectSecrets(name string, data []byte) (*ImportResult, error) {
	var b detectSecretsBaseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a detect-secrets baseline: %v", name, err)
	}
	if b.Version == "" && b.Results == nil {
		return nil, fmt.Errorf("%s: not a detect-secrets baseline: no \"version\" or \"results\"", name)
	}
	d := &importDoc{from: name}
	for _, f := range b.FiltersUsed {
		patterns := patternList(f.Pattern)
		switch {
		case strings.HasSuffix(f.Path, "should_exclude_file"):
			for _, p := range patterns {
				if glob, ok := d.addPathRegex(name+": exclude-files", p); ok {
					d.paths = append(d.paths, pathEntry{glob: glob, comment: "detect-secrets: " + p})
				}
			}
		case strings.HasSuffix(f.Path, "should_exclude_secret"):
			for _, p := range patterns {
				d.addRegex(name+": exclude-secrets", p)
			}
		case strings.HasSuffix(f.Path, "should_exclude_line"):
			d.warnf("%s: exclude-lines regexes (%d) are not converted: envguard's allow regexes test the secret; mark such lines with '# envguard:allow'", name, len(patterns))
		}
	}
	n := 0
	for _, rs := range b.Results {
		n += len(rs)
	}
	if n > 0 {
		d.warnf("%s: accepted secrets (%d) are not converted: detect-secrets keeps a SHA-1 of each secret, from which envguard's fingerprints cannot be made; review them, then accept what remains with 'envguard baseline'", name, n)
	}
	return d.finish()
}

// patternList reads a filter's pattern: a string or a list of strings.
func patternList(v any) []string {
	switch p := v.(type) {
	case string:
		return []string{p}
	case []any:
		var out []string
		for _, x := range p {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
