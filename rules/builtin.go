package rules

import "strings"

// Builtin returns envguard's built-in ruleset, most specific rules first.
// Each call returns fresh values the caller may change. A rule's Provider
// is the first word of its id ("clerk" of "clerk-secret-key").
func Builtin() []Rule {
	var rs []Rule
	for _, family := range []func() []Rule{
		privateKeyRules,
		vcsRules,
		cloudRules,
		paymentRules,
		messagingRules,
		aiRules,
		registryRules,
		observabilityRules,
		authRules,
		secretStoreRules,
		databaseRules,
		credentialFileRules,
		commerceTailRules,
		saasRules,
		devtoolRules,
		dataAPIRules,
		generatedKeyRules,
		contextRules,
		genericRules,
	} {
		rs = append(rs, family()...)
	}
	for i := range rs {
		rs[i].Provider, _, _ = strings.Cut(rs[i].ID, "-")
	}
	return rs
}
