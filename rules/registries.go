package rules

// registryRules is a stub until the family is written.
func registryRules() []Rule { return nil }
