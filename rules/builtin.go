package rules

// Builtin returns envguard's built-in ruleset, most specific rules first.
// Each call returns fresh values the caller may change.
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
		generatedKeyRules,
		genericRules,
	} {
		rs = append(rs, family()...)
	}
	return rs
}
