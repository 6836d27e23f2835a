package rules

// observabilityRules is a stub until the family is written.
func observabilityRules() []Rule { return nil }
