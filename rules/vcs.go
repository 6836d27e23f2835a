package rules

// vcsRules is a stub until the family is written.
func vcsRules() []Rule { return nil }
