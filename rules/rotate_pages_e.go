package rules

// rotatePagesE returns the confirmed rotation page of the rule with id,
// for providers of part E of the long tail; "" when none is confirmed.
func rotatePagesE(id string) string {
	switch id {
	}
	return ""
}
