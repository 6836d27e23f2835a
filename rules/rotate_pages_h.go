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
	// Formsite: the access token is on Form Settings > Integrations >
	// Formsite API.
	case "formsite-token":
		return "https://support.formsite.com/hc/en-us/articles/360000288594-API"
	// Getform: form API token in Form Settings; "Refresh Token" regenerates.
	case "getform-token":
		return "https://docs.getform.io/features/getform-api/api-authentication"
	// Helpjuice: API key on the API Credentials settings page.
	case "helpjuice-api-key":
		return "https://help.helpjuice.com/en_US/API/how-to-authenticate-an-api-request"
	// Kayako Classic REST API: API key and secret (Admin CP > REST API).
	case "kayako-api-secret":
		return "https://classichelp.kayako.com/hc/en-us/articles/360006459839-Kayako-REST-API"
	// Librato: generate, deactivate and delete API tokens.
	case "librato-token":
		return "https://kb.librato.com/librato/account_management/tokens"
	// mailboxlayer (APILayer): API access key and authentication.
	case "mailboxlayer-access-key":
		return "https://docs.apilayer.com/mailboxlayer/docs/getting-started"
	// Nuclino: create and revoke API keys in profile settings.
	case "nuclino-api-key":
		return "https://help.nuclino.com/04598850-manage-api-keys"
	// Paperform API reference: API keys are generated on the account page.
	case "paperform-api-key":
		return "https://paperform.co/developer/api-v1-documentation"
	}
	return ""
}
