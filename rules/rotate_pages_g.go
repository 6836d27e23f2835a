package rules

// rotatePagesG returns the confirmed rotation page of the rule with id,
// for providers of part G of the long tail; "" when none is confirmed.
func rotatePagesG(id string) string {
	switch id {
	// Eventbrite developer quick start: the personal OAuth token on the apps page.
	case "eventbrite-token":
		return "https://www.eventbrite.it/developer/v3/quickstart/"
	// Ghost Admin API client: the key comes from a custom integration in Ghost Admin.
	case "ghost-admin-api-key":
		return "https://docs.ghost.org/admin-api/javascript/?ref=ghost.org"
	// Pexels API documentation: Authorization with your API key.
	case "pexels-api-key":
		return "https://www.pexels.com/api/documentation/"
	// Sauce Labs REST APIs: authentication with username and access key.
	case "saucelabs-access-key":
		return "https://docs.saucelabs.com/dev/api/"
	// Shodan API requirements: the API key comes with the Shodan account.
	case "shodan-api-key":
		return "https://developer.shodan.io/api/requirements"
	// SurveyMonkey API docs: registering an app gives an access token.
	case "surveymonkey-token":
		return "https://api.surveymonkey.com/v3/docs"
	// Tinify API reference: Authentication, the key on the API account page.
	case "tinify-api-key":
		return "https://tinypng.com/developers/reference"
	// Toggl Track API: Authentication with the personal API token.
	case "toggl-api-token":
		return "https://engineering.toggl.com/docs/authentication"
	}
	return ""
}
