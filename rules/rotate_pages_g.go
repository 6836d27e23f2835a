package rules

// rotatePagesG returns the confirmed rotation page of the rule with id,
// for providers of part G of the long tail; "" when none is confirmed.
func rotatePagesG(id string) string {
	switch id {
	}
	return ""
}
