package rules

// generatedKeyRules is a stub until the family is written.
func generatedKeyRules() []Rule { return nil }
