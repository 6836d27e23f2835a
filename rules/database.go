package rules

// databaseRules is a stub until the family is written.
func databaseRules() []Rule { return nil }
