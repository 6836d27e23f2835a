package rules

// rotatePagesG returns the confirmed rotation page of the rule with id,
// for providers of part G of the long tail; "" when none is confirmed.
func rotatePagesG(id string) string {
	switch id {
	// AppVeyor REST API: Authentication, the token on the API token page.
	case "appveyor-api-token":
		return "https://appveyor.com/docs/api/"
	// FRED API keys page: request or view your API keys.
	case "fred-api-key":
		return "https://fred.stlouisfed.org/docs/api/fred/v2/api_key.html"
	// Gemfury API tokens: create and delete push and pull tokens.
	case "gemfury-token":
		return "https://gemfury.com/guide/api/tokens/"
	// Hookdeck API getting started: the API key is in the project settings.
	case "hookdeck-api-key":
		return "https://hookdeck.com/docs/api/2023-01-01"
	// Insightly help: finding your API key and generating a new one.
	case "insightly-api-key":
		return "https://support.insight.ly/hc/en-us/articles/204864594-Finding-your-API-key-or-URL-and-resetting-your-key-"
	// Keeper Secrets Manager: generating a one-time access token.
	case "keeper-secrets-config":
		return "https://docs.keeper.io/keeperpam/secrets-manager/about/one-time-token.md"
	// Account Engagement (Pardot) API: Authentication through a connected app.
	case "pardot-api-key":
		return "https://developer.salesforce.com/docs/marketing/pardot/guide/authentication"
	// Raygun docs: the app API key is shown in the application settings.
	case "raygun-api-key":
		return "https://raygun.com/documentation/partials/dotnet/addtosettings"
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
