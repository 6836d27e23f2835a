package rules

// rotatePagesJ returns the confirmed rotation page of the rule with id,
// for providers of part J of the long tail; "" when none is confirmed.
func rotatePagesJ(id string) string {
	switch id {
	// AnyDesk help center, my.anydesk REST API: the License ID and API
	// password are issued by AnyDesk support.
	case "anydesk-api-key":
		return "https://support.anydesk.com/docs/rest-api"
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
