package rules

// rotatePagesG returns the confirmed rotation page of the rule with id,
// for providers of part G of the long tail; "" when none is confirmed.
func rotatePagesG(id string) string {
	switch id {
	// Bubble manual: Data API authentication, generate or regenerate the API token.
	case "bubble-api-token":
		return "https://manual.bubble.io/core-resources/api/the-bubble-api/the-data-api/authentication"
	// BlueSnap developer docs: how to get API credentials.
	case "bluesnap-api-password":
		return "https://developers.bluesnap.com/reference/api-credentials"
	// 2Checkout knowledge center: Webhooks & API secret key and private API keys.
	case "twocheckout-secret-key":
		return "https://knowledgecenter.2checkout.com/Shopping-cart-integration/Integrate_general_connectors"
	// Billomat API docs: authentication with the personal API key.
	case "billomat-api-key":
		return "https://www.billomat.com/en/api/basics/authentication/"
	// Autopilot help: configuring a custom (private) API key.
	case "autopilot-api-key":
		return "https://help.autopilotapp.com/user/latest/data-sources/configuring-a-new-data-source/other-integrations/custom-api.html"
	// FOFA API docs: authentication with account email and key from the profile.
	case "fofa-api-key":
		return "https://fofa.so/api"
	// Tettra support: generate the API key under My settings.
	case "tettra-api-key":
		return "https://support.tettra.com/article/176-how-to-find-api-credentials"
	// Usersnap help: project API key in the project's general settings.
	case "usersnap-api-key":
		return "https://help.usersnap.com/docs/track-general-settings"
	// Veriphone API docs: view and manage the API key in the control panel.
	case "veriphone-api-key":
		return "https://veriphone.io/docs/v2"
	// Woodpecker developer docs: generating an API key.
	case "woodpecker-api-key":
		return "https://developers.woodpecker.co/docs/getting-started/authentication"
	// Circonus docs: API tokens, creating and managing auth tokens.
	case "circonus-api-token":
		return "https://docs.circonus.com/circonus/integrations/api/api-tokens"
	// Filebase docs: view and rotate the access key pair.
	case "filebase-secret":
		return "https://filebase.com/docs/get-started/access-keys"
	// Gladia API reference: Authentication, keys in the API keys section.
	case "gladia-api-key":
		return "https://docs.gladia.io/api-reference/authentication"
	// GNews docs: Authentication, the API key in the dashboard.
	case "gnews-api-key":
		return "https://docs.gnews.io/authentication"
	// Guru API overview: Authentication with user and collection tokens.
	case "guru-api-token":
		return "https://developer.getguru.com/docs/rest-api"
	// HetrixTools docs: accessing, adding and re-generating API keys.
	case "hetrixtools-api-key":
		return "https://docs.hetrixtools.com/api-key/"
	// LinearB help center: generating and revoking API tokens.
	case "linearb-api-key":
		return "https://linearb.helpdocs.io/article/79fmogrxw3-how-to-generate-release-api-tokens"
	// Logit.io developer API: Authentication, creating and revoking API keys.
	case "logit-api-key":
		return "https://logit.io/docs/developer-api/authentication"
	// Nutshell API documentation: Authentication with API keys.
	case "nutshell-api-key":
		return "https://www.nutshell.com/api/authentication.html"
	// Podium API docs: OAuth 2, app credentials from the developer portal.
	case "podium-api-key":
		return "https://docs.podium.com/docs/oauth"
	// Acuity Scheduling API quick start: API credentials under Integrations.
	case "acuity-api-key":
		return "https://developers.acuityscheduling.com/docs/quick-start-1"
	// Agile CRM REST API: authentication with email and API key.
	case "agilecrm-api-key":
		return "https://www.agilecrm.com/api/index"
	// Alchemer API authentication: create and regenerate API key and secret.
	case "alchemer-api-secret":
		return "https://apihelp.alchemer.com/help/authentication"
	// Maxio (Chargify) help: Advanced Billing API keys.
	case "chargify-api-key":
		return "https://docs.maxio.com/hc/en-us/articles/24294819360525-Advanced-Billing-API-Keys"
	// coinlayer getting started (APILayer docs): the access key in the dashboard.
	case "coinlayer-access-key":
		return "https://docs.apilayer.com/coinlayer/docs/getting-started"
	// Deel API authentication: generating API tokens in the Developer Center.
	case "deel-api-token":
		return "https://developer.deel.com/docs/api-tokens-1"
	// Fixer API documentation: the API key section.
	case "fixer-access-key":
		return "https://fixer.io/documentation"
	// ipdata docs: securing your API key.
	case "ipdata-api-key":
		return "https://docs.ipdata.co/api-reference/securing-your-api-key"
	// MSG91 help: where to find and create an authentication key.
	case "msg91-auth-key":
		return "https://msg91.com/help/where-can-i-find-my-authentication-key"
	// serpstack documentation: access key, reset in the dashboard.
	case "serpstack-access-key":
		return "https://serpstack.com/documentation"
	// BitMEX API keys usage: managing active API keys.
	case "bitmex-api-secret":
		return "https://www.bitmex.com/app/apiKeysUsage"
	// Kit (ConvertKit) API v3 authentication: the API secret in the developer settings.
	case "convertkit-api-secret":
		return "https://developers.kit.com/api-reference/v3/authentication"
	// Dataverse (Dynamics 365): register an app with Microsoft Entra ID, client secret flow.
	case "dynamics365-client-secret":
		return "https://docs.microsoft.com/en-us/dynamics365/customer-engagement/developer/walkthrough-register-dynamics-365-app-azure-active-directory"
	// Luno API Authentication: API keys are created in the settings page.
	case "luno-api-secret":
		return "https://www.luno.com/en/developers/api"
	// PayU India docs: client ID and secret in the merchant dashboard.
	case "payu-client-secret":
		return "https://docs.payu.in/docs/get-client-id-and-secret-from-dashboard"
	// Quip Automation API documentation: OAuth 2 authentication.
	case "quip-access-token":
		return "https://quip.com/dev/automation/documentation/current"
	// SeaTable help: creating an API token for a base.
	case "seatable-api-token":
		return "https://seatable.com/help/erzeugen-eines-api-tokens"
	// tawk.to help (Portuguese edition): creating and deleting REST API keys.
	case "tawkto-api-key":
		return "https://help.tawk.to/pt-br/article/api-rest"
	// Teamtailor help: API keys in Settings, Integrations, API keys.
	case "teamtailor-api-key":
		return "https://support.teamtailor.com/en/articles/5963369-use-our-teamtailor-api"
	// UpCloud API accounts: API user and password, subaccounts with API access.
	case "upcloud-password":
		return "https://developers.upcloud.com/1.3/3-accounts/"
	// ZeroBounce API key management: create, regenerate, delete keys.
	case "zerobounce-api-key":
		return "https://www.zerobounce.net/docs/api-dashboard/keys-management"
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
