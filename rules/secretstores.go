package rules

// secretStoreRules is a stub until the family is written.
func secretStoreRules() []Rule { return nil }
