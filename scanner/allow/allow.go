// Package allow holds the filters that suppress findings: path globs,
// regexes and stopwords from the config, and the baseline.
package allow
