package rules

// authRules is a stub until the family is written.
func authRules() []Rule { return nil }
