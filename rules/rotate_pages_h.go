package rules

// rotatePagesH returns the confirmed rotation page of the rule with id,
// for providers of part H of the long tail; "" when none is confirmed.
func rotatePagesH(id string) string {
	switch id {
	}
	return ""
}
