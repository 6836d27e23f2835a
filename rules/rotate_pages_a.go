package rules

// rotatePagesA returns the confirmed rotation page of the rule with id,
// for providers of part A of the long tail; "" when none is confirmed.
func rotatePagesA(id string) string {
	switch id {
	// API and application keys
	case "datadog-api-key", "datadog-app-key":
		return "https://docs.datadoghq.com/account_management/api-app-keys/"
	case "auth0-client-secret":
		return "https://auth0.com/docs/configure/applications/rotate-client-secret"
	// Management API access tokens; a leaked one is cut off by deleting its grant
	case "auth0-management-token":
		return "https://auth0.com/docs/tokens/apiv2"
	case "doppler-service-token":
		return "https://docs.doppler.com/docs/service-tokens"
	// find and replace an exposed token
	case "dynatrace-token":
		return "https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v1/delete-exposed-token"
	case "bitwarden-access-token":
		return "https://bitwarden.com/learning/create-and-use-an-access-token/"
	// consul acl token delete
	case "consul-acl-token":
		return "https://developer.hashicorp.com/consul/commands/acl/token/delete"
	// app settings: integration and secret keys
	case "docusign-secret-key":
		return "https://developers.docusign.com/platform/configuring-app"
	// developer tokens: generate and revoke
	case "box-developer-token":
		return "https://developer.box.com/docs/authenticate-with-developer-token"
	// REST API keys and keeping them secure
	case "braze-api-key":
		return "https://braze.com/docs/api/basics"
	// add and remove Connect HMAC keys
	case "docusign-hmac-key":
		return "https://developers.docusign.com/platform/webhooks/connect/setting-up-hmac.md"
	// personal and application tokens
	case "aiven-token":
		return "https://aiven.io/docs/platform/concepts/authentication-tokens"
	// rotate API client credentials
	case "akamai-edgegrid-token":
		return "https://techdocs.akamai.com/iam-api/reference/rotate-credentials"
	// OAuth Server-to-Server credential implementation guide
	case "adobe-client-secret":
		return "https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/implementation/"
	// argocd account delete-token
	case "argocd-auth-token":
		return "https://argo-cd.readthedocs.io/en/release-2.7/user-guide/commands/argocd_account_delete-token/"
	// API token on the API & Integrations page
	case "apify-api-token":
		return "https://docs.apify.com/platform/integrations/api"
	// API tokens and personal access tokens
	case "axiom-token":
		return "https://axiom.co/docs/restapi/token"
	// Telemetry API tokens
	case "betterstack-token":
		return "https://betterstack.com/docs/logs/api"
	// creating and revoking API accounts
	case "bigcommerce-access-token":
		return "https://docs.bigcommerce.com/developer/docs/overview/api-fundamentals/api-accounts"
	// Uptime API tokens, with how to regenerate one
	case "betteruptime-token":
		return "https://betterstack.com/docs/uptime/api/getting-started-with-better-uptime-api/"
	case "bitly-access-token":
		return "https://support.bitly.com/hc/en-us/articles/230647907-How-do-I-generate-an-OAuth-access-token-for-the-Bitly-API"
	// API & Webhooks tokens, which replace the legacy key
	case "calendly-api-key":
		return "https://developer.calendly.com/docs/authentication/how-to-authenticate-with-personal-access-tokens"
	case "clerk-secret-key":
		return "https://clerk.com/docs/guides/secure/rotate-api-keys"
	// integration credentials: generate a client secret
	case "canva-client-secret":
		return "https://canva.dev/docs/connect/creating-integrations"
	// personal and per-cache auth tokens
	case "cachix-auth-token":
		return "https://docs.cachix.org/getting-started"
	// where the project token is managed
	case "chromatic-project-token":
		return "https://chromatic.com/docs/faq/find-project-token"
	// Cloud API: create a new API key
	case "cockroachdb-api-key":
		return "https://www.cockroachlabs.com/docs/api/cloud/v1/api-keys/create-a-new-api-key.md"
	// create and manage Management API keys
	case "couchbase-capella-secret":
		return "https://docs.couchbase.com/cloud/public-api-guide/public-api-start.html"
	case "crowdin-token":
		return "https://support.crowdin.com/enterprise/personal-access-tokens/"
	// generating and revoking account and repository API tokens
	case "codacy-api-token":
		return "https://docs.codacy.com/codacy-api/api-tokens/"
	// API overview: regenerating an API token
	case "codemagic-api-token":
		return "https://docs.codemagic.io/rest-api/codemagic-rest-api"
	// API keys: create, promote, delete (rotation)
	case "dropboxsign-api-key":
		return "https://developers.hellosign.com/api/api-keys"
	// resetting your cert ID
	case "ebay-client-secret":
		return "https://developer.ebay.com/api-docs/static/gs_resetting-your-cert-id-new.html"
	// Hub API: delete a personal access token
	case "dockercloud-token":
		return "https://docs.docker.com/reference/api/hub/latest/operations/deleteV2AccessTokensByUuid/"
	// exo iam api-key: create, delete, list API keys
	case "exoscale-api-key":
		return "https://community.exoscale.com/reference/cli/exo/iam/api-key/"
	// API tokens: create; delete to revoke
	case "fossa-api-key":
		return "https://docs.fossa.com/docs/organization-management/api-tokens"
	case "frontapp-api-token":
		return "https://dev.frontapp.com/docs/create-and-revoke-api-tokens"
	// Data Center and Server personal access tokens
	case "confluence-api-token":
		return "https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html"
	// generate and delete API keys
	case "aftership-api-key":
		return "https://support.aftership.com/en/tracking/article/how-to-generate-aftership-api-key-12cuqj2/"
	// anaconda org auth: create, list and remove tokens
	case "anaconda-token":
		return "https://www.anaconda.com/docs/cli-reference/anaconda-client/commands/auth"
	// generate a new consumer key and secret, revoke the app
	case "apigee-client-secret":
		return "https://docs.apigee.com/reference/apis/apigee/rest/v1/organizations.developers.apps/generateKeyPairOrUpdateDeveloperAppStatus"
	// API key credentials: regenerate or invalidate keys
	case "arcgis-api-key":
		return "https://developers.arcgis.com/documentation/security-and-authentication/api-key-authentication/api-key-credentials/location-platform/"
	// authenticating requests: generating access tokens and API keys
	case "attio-api-key":
		return "https://docs.attio.com/rest-api/guides/authentication.md"
	// getting started: authentication and API keys
	case "bamboohr-api-key":
		return "https://documentation.bamboohr.com/reference/getting-started"
	// database tokens (result host spelled Baserow.io)
	case "baserow-db-token":
		return "https://baserow.io/user-docs/personal-api-tokens"
	// Basecamp API authentication (37signals' own API docs repository)
	case "basecamp-access-token":
		return "https://github.com/37signals/api/blob/master/sections/authentication.md"
	// Bing Maps Dev Center: creating and managing keys
	case "bingmaps-key":
		return "https://learn.microsoft.com/en-us/bingmaps/getting-started/bing-maps-dev-center-help/"
	// authenticated API: where API keys are created
	case "bitfinex-api-secret":
		return "https://docs.bitfinex.com/docs/requirements-and-limitations"
	// private/reset_api_key: new secret for a leaked key
	case "deribit-client-secret":
		return "https://docs.deribit.com/api-reference/account-management/private-reset_api_key.md"
	// Bitstamp's own announcement: API keys under Account > Security > API Access
	case "bitstamp-api-secret":
		return "https://blog.bitstamp.net/post/api-key-implementation/"
	// Gemini exchange (not Google): API keys under Settings > API
	case "gemini-exchange-secret":
		return "https://developer.gemini.com/trading/trading"
	// user tokens: create, and revoke a leaked one
	case "brex-api-token":
		return "https://developer.brex.com/docs/authentication"
	// Platform API: access tokens on the Personal Access Tokens page
	case "censys-api-secret":
		return "https://docs.censys.com/docs/get-started"
	// public and secret API keys, managed in the Dashboard
	case "checkoutcom-secret-key":
		return "https://checkout.com/docs/resources/api-authentication/api-keys"
	case "clockify-api-key":
		return "https://clockify.me/help/troubleshooting/general-api-troubleshooting/where-to-generate-api-key-for-account"
	// API keys: created and deleted under Settings > Developer (text form of the page)
	case "closecrm-api-key":
		return "https://developer.close.com/api/overview/api-key-authentication/llms.txt"
	// quick start: API keys from the Developer Portal
	case "coinmarketcap-api-key":
		return "https://coinmarketcap.com/api/documentation/guides/quick-start.md"
	// managing application settings, API keys and secrets
	case "constantcontact-secret":
		return "https://developer.constantcontact.com/api_guide/faqs_manage_applications.html"
	case "convex-deploy-key":
		return "https://docs.convex.dev/cli/deploy-key-types"
	case "coolify-api-token":
		return "https://coolify.io/docs/core/security/credentials/api-tokens"
	case "coralogix-private-key":
		return "https://coralogix.com/docs/user-guides/account-management/api-keys/send-your-data-api-key/"
	// API keys: create and manage with scopes
	case "cronitor-api-key":
		return "https://cronitor.io/docs/api-keys"
	// API key in the Developers section; owners regenerate it
	case "dailyco-api-key":
		return "https://docs.daily.co/docs/rest-api/authentication"
	// API tokens under Project Settings > API Tokens
	case "datocms-api-token":
		return "https://datocms.com/docs/content-management-api/authentication"
	// App Center API: user and app API tokens
	case "appcenter-api-token":
		return "https://learn.microsoft.com/en-us/appcenter/api-docs"
	// management keys: create, deactivate, delete
	case "descope-management-key":
		return "https://docs.descope.com/manage"
	// access tokens, including per-user static tokens
	case "directus-token":
		return "https://directus.io/docs/guides/auth/tokens-cookies"
	// authentication: API keys under Settings > Manage API Keys
	case "elasticemail-api-key":
		return "https://elasticemail.com/developers/api-libraries/python"
	case "env0-api-secret":
		return "https://docs.envzero.com/docs/api-keys"
	// API authorization: recreate the secret key from the Projects page
	case "fedex-secret-key":
		return "https://developer.fedex.com/api/en-cw/catalog/authorization/docs.html"
	// API key authentication methods (Access ID and Access Key)
	case "akeyless-access-key":
		return "https://docs.akeyless.io/docs/how-to-generate-access-id-and-access-key"
	// personal access tokens for AWX and Tower
	case "ansibletower-token":
		return "https://docs.ansible.com/ansible-tower/latest/html/towercli/authentication.html"
	// projects: App ID and App Certificate management
	case "agora-app-certificate":
		return "https://docs.agora.io/en/introduction/projects"
	// Buddy.Works personal access tokens
	case "buddy-token":
		return "https://buddy.works/docs/api/getting-started/oauth2/personal-access-token"
	// provisioning and revoking API credentials
	case "bugcrowd-token":
		return "https://docs.bugcrowd.com/api/getting-started/"
	// public and private API keys
	case "builderio-private-key":
		return "https://www.builder.io/c/docs/api-authentication"
	// read and write API tokens
	case "buttercms-api-token":
		return "https://buttercms.com/docs/create-content/authentication/api-tokens"
	// Adafruit IO key (key icon; regenerate from the key dialog)
	case "adafruitio-key":
		return "https://adafruit.github.io/Adafruit_IO_Documentation/http.html"
	// retrieving the Applitools API key
	case "applitools-api-key":
		return "https://applitools.com/docs/eyes/getting-started/retrieve-api-key"
	// incoming webhook keys
	case "bitrix24-webhook-key":
		return "https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html"
	// Browserless API token
	case "browserless-token":
		return "https://docs.browserless.io/baas/hosted-service/token"
	// creating, regenerating and deleting API keys
	case "chartmogul-api-key":
		return "https://help.chartmogul.com/hc/en-us/articles/4407796325906-Creating-and-managing-API-keys"
	// API authentication tokens
	case "capsulecrm-token":
		return "https://developer.capsulecrm.com/v2/overview/authentication"
	// creating, editing and deleting API keys
	case "coingecko-api-key":
		return "https://docs.coingecko.com/docs/setting-up-your-api-key"
	// viewing and managing API credentials
	case "clicksend-api-key":
		return "https://help.clicksend.com/en/articles/42262-managing-your-account"
	// generating and deleting API keys
	case "copper-api-key":
		return "https://support.copper.com/en/articles/8823347-generating-an-api-key"
	// plugin token keypair from the Marketplace
	case "crisp-token-key":
		return "https://docs.crisp.chat/guides/rest-api/authentication/plugin-token/"
	// application client_id and client_secret, refreshing the secret
	case "cronofy-client-secret":
		return "https://docs.cronofy.com/developers/application-management"
	// repository DSN (Settings, Code Coverage)
	case "deepsource-dsn":
		return "https://docs.deepsource.com/docs/guides/setup-test-coverage"
	// private API key authentication
	case "delighted-api-key":
		return "https://delighted.com/docs/api"
	// generating and revoking API keys
	case "detectify-api-key":
		return "https://docs.detectify.com/developer/authentication"
	// API key authentication (account dashboard)
	case "docraptor-api-key":
		return "https://docraptor.com/documentation/api/making_documents"
	// creating, editing and deleting API tokens
	case "document360-api-token":
		return "https://docs.document360.com/docs/api-tokens"
	// OAuth access and refresh tokens
	case "drift-access-token":
		return "https://devdocs.drift.com/docs/authentication-and-scopes"
	// app access tokens (secret_token, public_token)
	case "ecwid-secret-token":
		return "https://docs.ecwid.com/develop-apps/app-settings"
	// creating and deleting API keys
	case "emailoctopus-api-key":
		return "https://help.emailoctopus.com/article/165-how-to-create-and-delete-api-keys"
	// API key in profile, regenerate if compromised
	case "everhour-api-key":
		return "https://developers.everhour.com/authentication"
	// generating partnerUserID and partnerUserSecret
	case "expensify-partner-secret":
		return "https://integrations.expensify.com/Integration-Server/doc/getting_started.html"
	// regenerating FASTLANE_SESSION with fastlane spaceauth
	case "fastlane-session":
		return "https://docs.fastlane.tools/getting-started/ios/authentication/"
	// app secret in the developer portal security section
	case "filestack-api-secret":
		return "https://www.filestack.com/docs/security/"
	// creating and deleting static client tokens
	case "flipt-token":
		return "https://docs.flipt.io/authentication/methods"
	// obtaining API access tokens
	case "formstack-token":
		return "https://developers.formstack.com/docs/api-overview"
	// generating and revoking API keys
	case "foursquare-api-key":
		return "https://docs.foursquare.com/developer/reference/manage-api-keys-places-api"
	// generating API keys
	case "fullcontact-api-key":
		return "https://docs.fullcontact.com/docs/generate-an-api-key"
	// API key from the developer account dashboard
	case "accuweather-api-key":
		return "https://developer.accuweather.com/documentation/authentication"
	// merchant portal public and private API keys
	case "affirm-private-key":
		return "https://businesshub.affirm.com/hc/en-us/articles/10893397344788-Understanding-the-Merchant-Portal-API-keys"
	// API token from the developer portal
	case "blockcypher-token":
		return "https://www.blockcypher.com/getting-started.html"
	// creating and managing Chef Automate API tokens
	case "chef-client-key":
		return "https://docs.chef.io/automate/api_tokens"
	// OAuth 2 app client credentials
	case "aweber-client-secret":
		return "https://help.aweber.com/hc/en-us/articles/360021258174-How-do-I-use-OAuth-2-authentication-with-AWeber-s-API"
	// app keys under App Settings, Security & Keys
	case "back4app-master-key":
		return "https://www.back4app.com/docs/get-started/welcome"
	// generating API credentials
	case "bitso-api-secret":
		return "https://docs.bitso.com/bitso-api/docs/2-generate-your-api-credentials"
	// generating API keys (client ID and secret)
	case "cashfree-secret-key":
		return "https://cashfree.com/docs/api-reference/authentication"
	// public and private integration keys
	case "culqi-secret-key":
		return "https://docs.culqi.com/es/documentacion/pagos-online/llaves"
	// creating, updating and deleting API keys
	case "cometchat-api-key":
		return "https://www.cometchat.com/docs/rest-api/api-keys.md"
	// API token from codesandbox.io/t/api
	case "codesandbox-token":
		return "https://codesandbox.io/docs/sdk/cli"
	// creating and deleting API keys
	case "chainstack-api-key":
		return "https://docs.chainstack.com/platform/create-an-api-key.html"
	// API keys in the Settings area
	case "baremetrics-api-key":
		return "https://developers.baremetrics.com/reference/introduction"
	// key rotation with MultiFernet
	case "fernet-key":
		return "https://cryptography.io/fernet.html"
	// ClientId and ClientSecret from the Customer Control Panel
	case "contabo-client-secret":
		return "https://api.contabo.com"
	// generating a public API key (Admin Console or CLI)
	case "dashlane-api-key":
		return "https://github.com/Dashlane/public-api-documentation"
	// creating and managing API keys
	case "apollo-api-key":
		return "https://docs.apollo.io/docs/create-api-key"
	}
	return ""
}
