package rules

// privateKeyRules is a stub until the family is written.
func privateKeyRules() []Rule { return nil }
