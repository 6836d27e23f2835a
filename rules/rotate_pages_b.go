package rules

// rotatePagesB returns the confirmed rotation page of the rule with id,
// for providers of part B of the long tail; "" when none is confirmed.
func rotatePagesB(id string) string {
	switch id {
	}
	return ""
}
