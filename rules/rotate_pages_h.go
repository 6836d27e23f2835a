package rules

// rotatePagesH returns the confirmed rotation page of the rule with id,
// for providers of part H of the long tail; "" when none is confirmed.
func rotatePagesH(id string) string {
	switch id {
	// Benchmark Email developer docs: create, scope and regenerate API
	// keys under Settings > API Keys.
	case "benchmarkemail-token":
		return "https://developers.benchmarkemail.io/authentication"
	// Chronosphere: create and revoke personal access tokens (API tokens).
	case "chronosphere-token":
		return "https://docs.chronosphere.io/administer/accounts-teams/personal-access-tokens"
	// Cvent REST API: rotating an application's client ID and secret.
	case "cvent-client-secret":
		return "https://developers.cvent.com/docs/rest-api/rotating-api-credentials"
	}
	return ""
}
