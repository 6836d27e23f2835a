package rules

// rotatePagesA returns the confirmed rotation page of the rule with id,
// for providers of part A of the long tail; "" when none is confirmed.
func rotatePagesA(id string) string {
	switch id {
	}
	return ""
}
