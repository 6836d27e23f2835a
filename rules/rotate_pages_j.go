package rules

// rotatePagesJ returns the confirmed rotation page of the rule with id,
// for providers of part J of the long tail; "" when none is confirmed.
func rotatePagesJ(id string) string {
	switch id {
	// MongoDB manual: change a database user's password.
	case "mongodb-url-password":
		return "https://www.mongodb.com/docs/v5.0/tutorial/change-own-password-and-custom-data"
	// positionstack API documentation, "API Access Key & Authentication":
	// a new key can be generated in the account dashboard.
	case "positionstack-access-key":
		return "https://positionstack.com/documentation"
	}
	return ""
}
