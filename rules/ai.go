package rules

// aiRules is a stub until the family is written.
func aiRules() []Rule { return nil }
