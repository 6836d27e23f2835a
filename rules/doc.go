// Package rules is envguard's catalog of secrets: the built-in rules
// ([Builtin]), one file per family of providers, each rule with its
// offline validator beside it and with its own true and false examples.
//
// # Layout
//
// The engine that runs rules ([Rule], [Set], the keyword prefilter,
// overlaps) is package [github.com/envguard/envguard/rules/engine]; the
// vocabulary of names, placeholders, words and entropy is package
// [github.com/envguard/envguard/rules/vocab]; the kinds of fresh key and
// their generation are package [github.com/envguard/envguard/rules/keys].
// This package re-exports what its callers need of them ([Rule], [Set],
// [Compile], [KeyKind], [Generate]...), so that most callers import only
// rules.
//
// # Contract
//
// rules knows nothing of git, files or terminals. What a rule needs
// beyond its regexp travels with it as a field: a costly regexp gets a
// gate (a cheap test of the line) from the catalog, never from the engine
// recognising its text.
package rules
