package rules

// rotatePagesJ returns the confirmed rotation page of the rule with id,
// for providers of part J of the long tail; "" when none is confirmed.
func rotatePagesJ(id string) string {
	switch id {
	// MongoDB manual: change a database user's password.
	case "mongodb-url-password":
		return "https://www.mongodb.com/docs/v5.0/tutorial/change-own-password-and-custom-data"
	}
	return ""
}
