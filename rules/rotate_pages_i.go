package rules

// rotatePagesI returns the confirmed rotation page of the rule with id,
// for providers of part I of the long tail; "" when none is confirmed.
func rotatePagesI(id string) string {
	switch id {
	}
	return ""
}
