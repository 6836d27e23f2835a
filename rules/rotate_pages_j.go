package rules

// rotatePagesJ returns the confirmed rotation page of the rule with id,
// for providers of part J of the long tail; "" when none is confirmed.
func rotatePagesJ(id string) string {
	switch id {
	}
	return ""
}
