package rules

// genericRules is a stub until the family is written.
func genericRules() []Rule { return nil }
