package rules

// rotatePagesD returns the confirmed rotation page of the rule with id,
// for providers of part D of the long tail; "" when none is confirmed.
func rotatePagesD(id string) string {
	switch id {
	}
	return ""
}
