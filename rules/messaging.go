package rules

// messagingRules is a stub until the family is written.
func messagingRules() []Rule { return nil }
