package rules

// rotatePagesF returns the confirmed rotation page of the rule with id,
// for providers of part F of the long tail; "" when none is confirmed.
func rotatePagesF(id string) string {
	switch id {
	}
	return ""
}
