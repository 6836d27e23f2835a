package rules

// rotatePagesF returns the confirmed rotation page of the rule with id,
// for providers of part F of the long tail; "" when none is confirmed.
func rotatePagesF(id string) string {
	switch id {
	// API authentication: the key is on Settings > Developer
	case "activecampaign-api-key":
		return "https://developers.activecampaign.com/docs/authentication"
	// Open API v3 authentication: the keystring is in Your Apps
	case "etsy-api-key":
		return "https://developers.etsy.com/documentation/essentials/authentication/"
	// create and manage personal access tokens, used in place of the password
	case "docker-config-auth":
		return "https://docs.docker.com/security/for-developers/access-tokens/"
	// keys: create and manage (delete) database keys
	case "fauna-secret":
		return "https://docs.fauna.com/fauna/current/learn/security_model/keys"
	// migrate from the legacy server key to HTTP v1 OAuth access tokens
	case "firebase-fcm-server-key":
		return "https://firebase.google.com/docs/cloud-messaging/migrate-v1?authuser=0"
	// authenticate REST requests with OAuth2 access tokens instead of legacy secrets
	case "firebase-database-secret":
		return "https://firebase.google.com/docs/database/rest/auth"
	// Doist's API client docs: authorization and revoking tokens
	case "todoist-api-token":
		return "https://doist.github.io/todoist-api-typescript/authorization"
	// Data API authentication: the personal auth token is on the profile page
	case "honeybadger-auth-token":
		return "https://docs.honeybadger.io/api/getting-started/"
	// API authentication: project API key and user key
	case "airbrake-project-key":
		return "https://docs.airbrake.io/docs/devops-tools/api/"
	// the push API key is under App settings > Push & Deploy
	case "appsignal-push-key":
		return "https://docs.appsignal.com/push-api/overview.html"
	// OAuth application key and secret, registered on the applications page
	case "dwolla-secret":
		return "https://developers.dwolla.com/docs/balance/api-reference/authorization"
	// Token Manager: generate and delete API/SDK authentication tokens
	case "ionos-token":
		return "https://docs.ionos.com/cloud/set-up-ionos-cloud/management/identity-access-management/token-manager"
	// enabling and resetting user tokens
	case "sonatype-token":
		return "https://help.sonatype.com/en/user-tokens.html"
	// AUTH_SECRET: generate a new one with the auth CLI
	case "nextauth-secret":
		return "https://authjs.dev/guides/environment-variables"
	// developer OAuth applications and access tokens
	case "gitter-token":
		return "https://developer.gitter.im/docs/authentication"
	// API access and authorization: API credentials
	case "personio-client-secret":
		return "https://developer.personio.de/v1.0/docs/getting-started-with-the-personio-api.md"
	// create and revoke personal access tokens
	case "okteto-token":
		return "https://okteto.com/docs/1.28/core/credentials/personal-access-tokens"
	// organization API key and regenerating service users' user keys
	case "mend-api-key":
		return "https://docs.mend.io/legacy-sca/latest/groups-and-users-api"
	// using an API key; the owner can revoke it
	case "lucid-api-key":
		return "https://lucid.readme.io/reference/using-the-key"
	// Customer ID and API key authentication
	case "telesign-api-key":
		return "https://developer.telesign.com/enterprise/docs/authentication"
	// create and revoke API keys from the dashboard
	case "increase-api-key":
		return "https://increase.com/documentation/api/overview"
	// Freshworks CRM API authentication: API key under API Settings
	case "freshsales-api-key":
		return "https://developers.freshworks.com/crm/api"
	// HTX API key management: create, modify and delete API keys
	case "huobi-api-secret":
		return "https://www.huobi.com/support/en-us/detail/900001195006/"
	// reset the Enterprise API provisioning hash
	case "lastpass-provisioning-hash":
		return "https://support.lastpass.com/help/how-do-i-reset-my-enterprise-api-provisioning-hash"
	// add an SDK key for an environment
	case "harnessff-sdk-key":
		return "https://developer.harness.io/docs/feature-flags/use-ff/ff-sdks/java-quickstart/"
	// managing API keys: create, regenerate or delete
	case "tatum-api-key":
		return "https://docs.tatum.io/docs/compromised-auth-api-keys"
	// get the API key and generate a new one under Settings > API Key
	case "moosend-api-key":
		return "https://help.moosend.com/hc/en-us/articles/4403735862674-Connect-to-the-Web-API-"
	// find and reset the API key under the form's API Information
	case "wufoo-api-key":
		return "https://help.wufoo.com/articles/en_US/SurveyMonkeyArticleType/Wufoo-REST-API-V3"
	// API v2: OAuth2 integrations created on the Marketplace Build page
	case "teamleader-client-secret":
		return "https://support.teamleader.eu/en/support/solutions/articles/7000042632-faq-making-the-switch-from-api-v1-to-v2-in-teamleader"
	// API credentials: generate client ID and secret under API Management
	case "stackpath-client-secret":
		return "https://stackpath.dev/docs/stackpath-api-authentication"
	// API secret: regenerate it from the account dashboard
	case "convertapi-secret":
		return "https://docs.convertapi.com/docs/query-authentication"
	// create, disable and delete API keys in the IPQS dashboard
	case "ipqualityscore-key":
		return "https://www.ipqualityscore.com/documentation/about-ipqs-apis/submitting-data-to-ipqs-apis"
	// API v3 intro: manage access tokens under Account Settings > API Token
	case "cdn77-api-token":
		return "https://client.cdn77.com/support/api/version/2.0/report"
	}
	return ""
}
