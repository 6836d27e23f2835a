// Package vocab is envguard's one vocabulary of secrets: the words that
// name a secret and those that name something public, the values that
// stand in for a secret (placeholders), the words people type, and the
// measures of randomness (entropy for a charset). The rules and the .env
// guard both ask it, so they agree.
//
// # Names
//
// [IsSecretName] judges any identifier of any language (DB_PASSWORD,
// clientSecret, x-api-key) for the generic rules; [SecretNameKeywords]
// are their prefilter keywords, derived from the same stems as
// [MayNameSecret], so that the prefilter never misses a name the rules
// accept. [IsSecretEnvKey] and [IsPublicEnvKey] judge the keys of a .env
// file word by word.
//
// # Values
//
// [IsPlaceholder] recognises stand-ins in code and config; [IsStandIn]
// adds those of example files. [LooksLikeWords] tells typed text from
// random keys, [Randomness] and [Entropy] measure a value against its
// charset, [CharClasses] says which kinds of characters it uses.
//
// vocab imports only the standard library.
package vocab
