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
	// Plasmic Render API: the project token and where Studio shows it.
	case "plasmic-token":
		return "https://docs.plasmic.app/learn/render-api"
	// Reply.io API: keys under Settings > API Key; rotate there if exposed.
	case "reply-api-key":
		return "https://docs.reply.io/pages/authentication"
	// Runscope API: access tokens come from an Application and are revocable.
	case "runscope-token":
		return "https://www.runscope.com/docs/api/authentication"
	// SimplyBook.me User API guide: API key under Custom Features > API.
	case "simplybook-api-key":
		return "https://help.simplybook.me/index.php/User_API_guide"
	// Tina's own post on creating read-only tokens in the TinaCloud Tokens tab.
	case "tina-token":
		return "https://tina.io/blog/read-only-tokens-content-anytime/"
	// Tray (tray.ai, formerly tray.io): API users and tokens.
	case "tray-api-token":
		return "https://docs.tray.ai/platform/enterprise-core/organisation-management/api-users-tokens"
	// Userfront server API: manage API keys in Dashboard > Authentication.
	case "userfront-api-key":
		return "https://userfront.com/docs/api"
	// WeatherAPI.com: regenerate the key with the button next to it.
	case "weatherapi-key":
		return "https://www.weatherapi.com/docs/authentication/"
	// Wercker API: personal tokens are created and managed on the profile page.
	case "wercker-token":
		return "https://devcenter.wercker.com/development/api/authentication/"
	}
	return ""
}
