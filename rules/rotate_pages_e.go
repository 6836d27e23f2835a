package rules

// rotatePagesE returns the confirmed rotation page of the rule with id,
// for providers of part E of the long tail; "" when none is confirmed.
func rotatePagesE(id string) string {
	switch id {
	// AbuseIPDB API docs, Introduction: new keys come from the account dashboard.
	case "abuseipdb-api-key":
		return "https://docs.abuseipdb.com/"
	// Aha! REST API, Authentication section (API keys and OAuth2 tokens).
	case "aha-api-key":
		return "https://aha.io/api"
	// SolarWinds AppOptics docs: API Tokens and Token Roles.
	case "appoptics-token":
		return "https://documentation.solarwinds.com/en/Success_Center/appoptics/content/kb/user_org/tokens.htm"
	// Bybit V5 API docs: Delete Master API Key.
	case "bybit-api-secret":
		return "https://bybit-exchange.github.io/docs/v5/user/rm-master-apikey"
	// CloudBees CodeShip docs: API authentication.
	case "codeship-api-key":
		return "https://docs.cloudbees.com/docs/cloudbees-codeship/latest/api-authentication"
	// Conjur docs: Rotate another role's API key.
	case "conjur-api-key":
		return "https://docs.conjur.org/Latest/en/Content/Developer/Conjur_API_Rotate_Other_API_Key.htm"
	}
	return ""
}
