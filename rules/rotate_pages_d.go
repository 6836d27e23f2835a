package rules

// rotatePagesD returns the confirmed rotation page of the rule with id,
// for providers of part D of the long tail; "" when none is confirmed.
func rotatePagesD(id string) string {
	switch id {
	// help center: API tokens are generated under Integrations > The Pingdom API
	case "pingdom-api-token":
		return "https://help.pingdom.com/hc/en-us/articles/203611082-The-Pingdom-API"
	// Cloud API authentication: developer tokens and OAuth tokens
	case "evernote-dev-token":
		return "https://dev.evernote.com/doc/articles/authentication.php"
	}
	return ""
}
