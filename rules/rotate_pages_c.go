package rules

// rotatePagesC returns the confirmed rotation page of the rule with id,
// for providers of part C of the long tail; "" when none is confirmed.
func rotatePagesC(id string) string {
	switch id {
	}
	return ""
}
