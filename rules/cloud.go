package rules

// cloudRules is a stub until the family is written.
func cloudRules() []Rule { return nil }
