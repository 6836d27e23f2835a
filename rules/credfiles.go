package rules

// credentialFileRules is a stub until the family is written.
func credentialFileRules() []Rule { return nil }
