package rules

import "github.com/envguard/envguard/rules/vocab"

// The vocabulary lives in package vocab; these forwarders keep the
// catalog's older API for its callers.

// IsPlaceholder is [vocab.IsPlaceholder].
func IsPlaceholder(s string) bool { return vocab.IsPlaceholder(s) }

// Entropy is [vocab.Entropy].
func Entropy(s string) float64 { return vocab.Entropy(s) }

// Randomness is [vocab.Randomness].
func Randomness(s string) float64 { return vocab.Randomness(s) }

// LooksLikeWords is [vocab.LooksLikeWords].
func LooksLikeWords(s string) bool { return vocab.LooksLikeWords(s) }
