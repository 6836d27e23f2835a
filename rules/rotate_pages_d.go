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
	// Zoho Desk API documentation: OAuth token authorization
	case "zohodesk-token":
		return "https://desk.zoho.com/DeskAPIDocument"
	// support can rotate an API token; revoke one before a new one is made
	case "taxjar-api-token":
		return "https://support.taxjar.com/article/1071-api-token-rotation-process-faq"
	// build an integration: script tokens and app client secrets in the Management Console
	case "teamviewer-api-token":
		return "https://teamviewer.com/en-mea/global/support/knowledge-base/teamviewer-classic/for-developers/build-a-teamviewer-integration/?language-switched=true"
	// API documentation (a locale copy of /api): get your API key
	case "removebg-api-key":
		return "https://www.remove.bg/sl/api"
	// how do I reset my license key (portal or AccountResetLicenseKey API)
	case "avalara-license-key":
		return "https://developer.avalara.com/products/ecm/integration-guides/document-management/aar4361541902564.md"
	// API documentation: OAuth apps and their client secrets on the developer page
	case "freshbooks-client-secret":
		return "https://www.freshbooks.com/classic-api"
	// API reference, Authentication: the API token is in your account settings
	case "semaphoreci-token":
		return "https://docs.semaphoreci.com/reference/api"
	// API authentication: OAuth clients and their redirect URIs
	case "meetup-api-key":
		return "https://meetup.com/api/authentication/"
	// server-side SDKs: server-side environment keys are made in Environment settings
	case "flagsmith-server-key":
		return "https://docs.flagsmith.com/clients/node"
	// create and revoke personal access tokens
	case "gocd-access-token":
		return "https://docs.gocd.org/current/configuration/access_tokens.html"
	// Management API, Authentication: project API keys in Project Settings
	case "healthchecksio-api-key":
		return "https://healthchecks.io/docs/api/"
	// API documentation, Authentication
	case "keycdn-api-key":
		return "https://www.keycdn.com/api"
	// get started with the REST API: generate API keys on the API settings page
	case "textmagic-api-key":
		return "https://textmagic.com/docs/api/start"
	// account settings, API Access: generate, view and regenerate API tokens
	case "poeditor-api-token":
		return "https://poeditor.com/kb/account-settings"
	// API tokens: generated on the Integrations page and revocable at any time
	case "workable-api-token":
		return "https://workable.readme.io/reference/partner-token"
	// organization settings, Token API: create and delete API tokens
	case "qovery-api-token":
		return "https://hub.qovery.com/docs/using-qovery/configuration/organization/api-token/"
	// API introduction: getting your API token (Settings > API Token > Generate New Token)
	case "reamaze-api-token":
		return "https://www.reamaze.com/api/"
	// API dashboard, Keys: apps and their client credentials (Basic Authorization tokens)
	case "signnow-client-secret":
		return "https://docs.signnow.com/sn/account"
	// installation FAQ: where the Scout key is found in the Scout UI
	case "scoutapm-key":
		return "https://www.scoutapm.com/qa/getting-started-installation"
	// API key: obtain it in the Credential Manager, revoke access
	case "smartrecruiters-token":
		return "https://developers.smartrecruiters.com/docs/authentication-api-key"
	// creating and managing access tokens
	case "stoplight-token":
		return "https://docs.stoplight.io/platform/projects/access-tokens"
	// project API keys and PATs: generate, delete, regenerate
	case "tolgee-api-key":
		return "https://tolgee.io/platform/account_settings/api_keys_and_pat_tokens"
	// help desk: create, modify or delete an API token (Profile > API)
	case "tinyurl-api-token":
		return "https://helpdesk.tinyurl.com/faqs/how-to-create-or-modify-an-api-token-with-specific-permissions"
	// tutorial: create an API key with the Dashboard
	case "tyk-api-key":
		return "https://www.tyk.io/docs/getting-started/create-api-key/"
	// first API call: add trusted API keys and secrets under Settings > Integrations
	case "uservoice-api-secret":
		return "https://developer.uservoice.com/docs/api/api-key/"
	// API access key and authentication: reset the key in the account dashboard
	case "weatherstack-access-key":
		return "https://docs.apilayer.com/weatherstack/docs/api-key-authentication"
	// API access key and authentication
	case "currencylayer-access-key":
		return "https://docs.apilayer.com/currencylayer/docs/api-key-authentication"
	// API authentication: App IDs, regenerated on request
	case "openexchangerates-app-id":
		return "https://docs.openexchangerates.org/docs/authentication"
	// the Adalo API: generate, delete and regenerate the app's API key
	case "adalo-api-key":
		return "https://help.adalo.com/integrations/the-adalo-api"
	// obtaining authentication keys: Settings > API Authentication
	case "apimatic-api-key":
		return "https://docs.apimatic.io/account-management/obtaining-auth-keys/"
	// REST API & SDK: API keys & authentication (client ID and secret)
	case "arduinocloud-secret":
		return "https://docs.arduino.cc/arduino-cloud/getting-started/arduino-iot-api"
	// creating API keys in Identity and Access Management
	case "checkmarx-client-secret":
		return "https://checkmarx.com/resource/documents/en/34965-188712-creating-api-keys.html"
	// device AuthTokens: how they are obtained (manually, dynamic or static tokens)
	case "blynk-auth-token":
		return "https://docs.blynk.io/en/commercial-use/deploying-products-with-static-authtokens"
	// API overview: create, list and revoke API tokens
	case "clevercloud-token":
		return "https://clever-cloud.com/developers/api/howto"
	// API reference, Authentication: private keys are recovered from Conekta's panel
	case "conekta-private-key":
		return "https://developers.conekta.com/api"
	// API authentication: Bucket read and write keys under Bucket Settings > API Access
	case "cosmicjs-write-key":
		return "https://www.cosmicjs.com/docs/api/authentication"
	// user settings: the user's API token
	case "drip-api-token":
		return "https://www.drip.com/learn/docs/manual/user-settings/settings"
	// authentication: app key and partner secret from the developer dashboard; change the partner secret
	case "finicity-app-key":
		return "https://docs.finicity.com/authentication-and-integration/"
	// token types: Client ID and API key from the Frontegg Portal environment settings
	case "frontegg-api-key":
		return "https://support.frontegg.com/hc/en-us/articles/12457962286109-Frontegg-Token-Types-Structures"
	// developer setup: API tokens (create, replace and rotate)
	case "gladly-api-token":
		return "https://help.gladly.com/developer-tutorials/docs/setup-and-testing"
	// set up a Passkey API project: create an API key in the dashboard
	case "hanko-api-key":
		return "https://docs.hanko.io/passkey-api/setup-passkey-project"
	// authorization: API keys in the billing dashboard's API Keys section
	case "ipgeolocation-api-key":
		return "https://ipgeolocation.io/documentation/authorization-and-response-formats.html"
	// how to get your user code and API key; delete a key and generate a new one
	case "lessannoyingcrm-key":
		return "https://www.lessannoyingcrm.com/help/how-to-get-your-user-code-and-api-key"
	// managing API keys: create, pause, delete and rotate
	case "mablhq-api-key":
		return "https://help.mabl.com/hc/en-us/articles/17776006239764-Managing-API-keys"
	// REST API getting started: create a new token in preferences > API
	case "missive-api-token":
		return "https://missiveapp.com/help/api-documentation/getting-started"
	// OAuth app credentials: client secret shown once, "Regenerate" button
	case "outreach-client-secret":
		return "https://developers.outreach.io/api/oauth/"
	}
	return ""
}
