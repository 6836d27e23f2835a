package rules

// rotatePagesC returns the confirmed rotation page of the rule with id,
// for providers of part C of the long tail; "" when none is confirmed.
func rotatePagesC(id string) string {
	switch id {
	// Sentry: auth token kinds, created and revoked in settings
	case "sentry-auth-token-legacy", "sentry-org-token", "sentry-user-token":
		return "https://docs.sentry.io/account/auth-tokens"
	// Sentry: DSNs are rotated and revoked under Settings > Client Keys (DSN)
	case "sentry-dsn":
		return "https://docs.sentry.io/product/sentry-basics/dsn-explainer/"
	case "supabase-access-token":
		return "https://supabase.com/docs/guides/platform/personal-access-tokens"
	// Supabase: API keys guide, incl. rotating a leaked key
	case "supabase-secret-key", "supabase-service-role-key":
		return "https://supabase.com/docs/guides/api/api-keys"
	// Pulumi Cloud: create and delete personal access tokens
	case "pulumi-access-token":
		return "https://pulumi.com/docs/pulumi-cloud/reference/personal-access-tokens"
	// HCP Terraform / Terraform Enterprise: API token kinds and how they are regenerated
	case "terraform-cloud-token":
		return "https://developer.hashicorp.com/terraform/enterprise/1.0.x/users-teams-organizations/api-tokens"
	// Vault: vault token revoke (a batch token goes with its parent)
	case "vault-batch-token", "vault-service-token", "vault-token-legacy":
		return "https://developer.hashicorp.com/vault/docs/commands/token/revoke"
	// Splunk: manage (create, disable, delete) HEC tokens
	case "splunk-hec-token":
		return "https://help.splunk.com/splunk-enterprise/get-data-in/collect-http-event-data/use-curl-to-manage-http-event-collector-tokens-events-and-services"
	// Splunk Observability Cloud: rotate or deactivate org access tokens
	case "splunk-observability-token":
		return "https://help.splunk.com/splunk-observability-cloud/administer/authentication-and-security/authentication-tokens/org-access-tokens"
	// Webflow: site API tokens, generated under Site settings > Apps & integrations
	case "webflow-api-token":
		return "https://developers.webflow.com/data/reference/site-token"
	// Rollbar: API overview, project access tokens are administered in Settings > Project Access Tokens
	case "rollbar-access-token":
		return "https://rollbar.com/docs/api_overview"
	// Smartsheet: generate a new access token under Personal Settings > API Access
	case "smartsheet-token":
		return "https://developers.smartsheet.com/api/smartsheet/guides/getting-started"
	// VirusTotal: the personal API key lives in the account's personal settings
	case "virustotal-api-key":
		return "https://docs.virustotal.com/reference/getting-started"
	// Vimeo help: generate a personal access token on the app page
	case "vimeo-access-token":
		return "https://help.vimeo.com/hc/en-us/articles/12427789081745-How-do-I-generate-a-personal-access-token"
	// Storyblok: space access tokens (Settings > Access Tokens) and personal access tokens
	case "storyblok-token":
		return "https://storyblok.com/docs/concepts/access-tokens"
	// Strapi: API tokens are edited, regenerated or deleted under Settings > API Tokens
	case "strapi-api-token":
		return "https://docs.strapi.io/cms/features/api-tokens"
	// TeamCity: Your Profile > Access Tokens (create and delete)
	case "teamcity-access-token":
		return "https://jetbrains.com/help/teamcity/2021.1/managing-your-user-account.html"
	// Upstash: create and delete Management API keys (Account > Management API)
	case "upstash-token":
		return "https://upstash.com/docs/devops"
	// WorkOS changelog: generate additional, revoke or expire API keys in the Dashboard
	case "workos-api-key":
		return "https://workos.com/changelog/api-key-management"
	// Unleash Admin API: create, update and delete API tokens
	case "unleash-api-token":
		return "https://docs.getunleash.io/api/create-api-token"
	// Zulip: get an API key, and invalidate one by generating a new key
	case "zulip-api-key":
		return "https://zulip.com/api/api-keys"
	// Typesense: create and delete scoped API keys
	case "typesense-api-key":
		return "https://typesense.org/docs/30.1/api/api-keys.html"
	// Weaviate Cloud: create, rotate and delete cluster API keys
	case "weaviate-api-key":
		return "https://docs.weaviate.io/cloud/manage-clusters/authentication"
	// Zilliz Cloud: personal and customized API keys
	case "zilliz-api-key":
		return "https://docs.zilliz.com/docs/manage-api-keys"
	// Wrike: API authorization, incl. the permanent access token from the App Console
	case "wrike-token":
		return "https://developers.wrike.com/oauth-20-authorization/"
	// Webex: personal, bot and integration access tokens
	case "webex-access-token":
		return "https://developer.webex.com/docs/getting-started"
	// Wasabi: create and rotate S3 access keys in the console
	case "wasabi-secret-key":
		return "https://docs.wasabi.com/apidocs/generating-an-s3-api-key"
	// Yelp: Manage App > Refresh My API Key
	case "yelp-api-key":
		return "https://docs.developer.yelp.com/docs/places-authentication"
	// Twingate: generate, disable and re-enable API tokens under Settings > API
	case "twingate-api-key":
		return "https://twingate.com/docs/getting-started-with-the-api"
	// Uploadcare: project public and secret API keys
	case "uploadcare-secret-key":
		return "https://uploadcare.com/docs/keys/"
	// UptimeRobot API: key types, found on the Integrations page (API section)
	case "uptimerobot-api-key":
		return "https://uptimerobot.com/api/v3"
	// urlscan.io: Settings & API > New API key
	case "urlscan-api-key":
		return "https://docs.urlscan.io/guides/quickstart"
	// TMDB: API keys are issued from the API link of the account settings page
	case "tmdb-api-key":
		return "https://developer.themoviedb.org/docs"
	// Transifex help: generate, regenerate and delete API tokens
	case "transifex-api-token":
		return "https://help.transifex.com/en/articles/6248858-generating-an-api-token"
	// Sumo Logic: Access Keys Management API
	case "sumologic-access-key":
		return "https://www.sumologic.com/help/docs/api/access-keys"
	// Stytch: project ID, secret and public token per environment, in the dashboard's API keys section
	case "stytch-secret":
		return "https://stytch.com/docs/resources/workspace-management/api-keys"
	// Statsig: client, server secret and console keys, with rotation guidance
	case "statsig-server-secret":
		return "https://docs.statsig.com/en/access-management/api-keys"
	// Atlassian Statuspage: create, rename and revoke API keys (API info)
	case "statuspage-api-key":
		return "https://support.atlassian.com/statuspage/docs/create-and-manage-api-keys/"
	// Steamworks: user and publisher Web API keys
	case "steam-web-api-key":
		return "https://partner.steamgames.com/doc/webapi_overview/auth"
	// Spacelift: secret-based API keys, created and deleted in settings
	case "spacelift-api-secret":
		return "https://docs.spacelift.io/integrations/personal-api-keys"
	// Split: revoke an exposed key in Account settings > APIs, or via the API
	case "splitio-api-key":
		return "https://docs.split.io/reference-link/api-keys-overview"
	// Speechmatics: create and revoke API keys
	case "speechmatics-api-key":
		return "https://docs.speechmatics.com/administration/api-keys"
	// Sendbird: master and secondary API tokens, reissue and rotation
	case "sendbird-api-token":
		return "https://docs.sendbird.com/docs/security/documentation/app/sendbird-api-token-security-guide"
	// Semgrep: API, CLI and service tokens, valid until revoked
	case "semgrep-app-token":
		return "https://semgrep.dev/docs/deployment/tokens"
	// SecurityTrails: re-generate an API key and delete the old one
	case "securitytrails-api-key":
		return "https://docs.securitytrails.com/docs/re-generate-your-api-key"
	// ScraperAPI: generate a new API key when the old one is exposed
	case "scraperapi-key":
		return "https://docs.scraperapi.com/account-management/api-key"
	// Salesloft: create API keys on the New API Key page
	case "salesloft-api-key":
		return "https://developers.salesloft.com/docs/platform/external-calendars/setup-api-key/"
	// Salt: auth runner, mk_token and del_token for eauth tokens
	case "saltstack-token":
		return "https://docs.saltproject.io/en/3007/ref/runners/all/salt.runners.auth.html"
	// Scalr: personal and service account API tokens
	case "scalr-token":
		return "https://docs.scalr.io/reference/api-tokens.md"
	// Rocket.Chat: create, regenerate and delete personal access tokens
	case "rocketchat-token":
		return "https://docs.rocket.chat/manage-personal-access-tokens"
	// Riot Games Developer Portal: development, personal and production API keys
	case "riot-api-key":
		return "https://developer.riotgames.com/api-keys.html"
	// RingCentral: app credentials from the Developer Console
	case "ringcentral-client-secret":
		return "https://developers.ringcentral.com/guide/getting-started/register-app"
	// Retool: API access tokens are created under Settings > API
	case "retool-api-token":
		return "https://docs.retool.com/org-users/guides/retool-api/authentication"
	// Rebrandly: create a new API key from the dashboard
	case "rebrandly-api-key":
		return "https://developers.rebrandly.com/docs/get-started"
	// RapidAPI: find, create and rotate application keys
	case "rapidapi-key":
		return "https://docs.rapidapi.com/docs/keys-and-key-rotation"
	// Rackspace: view and reset the API key (My Profile & Settings)
	case "rackspace-api-key":
		return "https://docs.rackspace.com/docs/view-and-reset-your-api-key"
	// QuickNode Admin API: add endpoint security tokens (rotate, then delete the old one)
	case "quicknode-token":
		return "https://www.quicknode.com/docs/admin-api/endpoint-security/v0-endpoints-id-security-tokens"
	// Intuit: client ID and secret under the app's Keys and credentials
	case "quickbooks-client-secret":
		return "https://developer.intuit.com/app/developer/qbo/docs/get-started/get-client-id-and-client-secret"
	// Nasdaq Data Link: the API key lives on the account settings page
	case "quandl-api-key":
		return "https://docs.data.nasdaq.com/docs/api-and-analysis-tools-for-tables-data"
	// Pushbullet API: access tokens come from the Account Settings page
	case "pushbullet-access-token":
		return "https://docs.pushbullet.com/v12/"
	// Puppet Enterprise RBAC API: DELETE /tokens revokes tokens
	case "puppet-rbac-token":
		return "https://help.puppet.com/pe/current/topics/rbac_api_v2_revoke_tokens_delete_tokens.htm"
	// PubNub Admin API: rotate a keyset's secret key
	case "pubnub-secret-key":
		return "https://www.pubnub.com/docs/admin-api/v2026-05-26/rotate-secret-key"
	// Productboard: access tokens under Settings > Integrations > Public APIs
	case "productboard-token":
		return "https://developer.productboard.com/reference/api-token"
	// Prismic: generate and revoke access tokens (Settings > API & Security)
	case "prismic-token":
		return "https://prismic.io/docs/core-concepts/access-tokens"
	// Printful Developers portal: generate private tokens
	case "printful-api-token":
		return "https://developers.printful.com"
	// Prefect Cloud: create and delete API keys
	case "prefect-api-key":
		return "https://docs.prefect.io/cloud/users/api-keys"
	// Polygon.io (now Massive): create, edit or delete API keys in the dashboard
	case "polygonio-api-key":
		return "https://massive.com/knowledge-base/article/can-i-create-multiple-massive-api-keys"
	// Poloniex API docs: API keys are created in Poloniex Settings; a lost secret means a new key
	case "poloniex-api-secret":
		return "https://api-docs.poloniex.com/futures/api/authentication"
	// Podio: API keys under the API key tab of account settings
	case "podio-client-secret":
		return "https://developers.podio.com/api-key"
	// Smartling: API tokens (user identifier and token secret) under Account Settings > API
	case "smartling-user-secret":
		return "https://help.smartling.com/en-us/articles/16966164-api-tokens"
	// Shippo: live and test API keys under API Configuration > Developer keys
	case "shippo-live-token", "shippo-test-token":
		return "https://docs.goshippo.com/guides/authentication"
	// ShipStation API (formerly ShipEngine): disable a compromised key and create a new one
	case "shipengine-api-key":
		return "https://docs.shipstation.com/apis/shipengine/docs/partners/create-shipengine-api-key"
	// ShipStation API: disable a compromised API key
	case "shipstation-api-key":
		return "https://docs.shipstation.com/apis/shipengine/docs/partners/disable-api-key"
	// Shortcut: generate and delete API tokens (Settings > Your Account > API Tokens)
	case "shortcut-api-token":
		return "https://help.shortcut.com/hc/en-us/articles/205701199-Shortcut-API-Tokens"
	// SingleStore Helios: create and revoke API keys under Configuration > API keys
	case "singlestore-api-key":
		return "https://docs.singlestore.com/cloud/load-data/load-data-with-singlestore-flow-on-helios/flow-on-helios-api/flow-on-helios-api-authentication"
	// SMTP2GO: add, manage and disable API keys under Sending > API Keys
	case "smtp2go-api-key":
		return "https://developers.smtp2go.com/docs/getting-started"
	// Zoho: revoke OAuth access and refresh tokens
	case "zoho-oauth-token":
		return "https://www.zoho.com/developer/oauth/revoke-oauth-token.html"
	// Site24x7 tokens are Zoho Accounts OAuth tokens: revoke them there
	case "site24x7-token":
		return "https://zoho.com/accounts/protocol/oauth/revoke-refresh-token.html"
	// SoundCloud: rotate an app's client ID and secret
	case "soundcloud-client-secret":
		return "https://developers.soundcloud.com/docs/api/credential-rotation"
	// StatusCake: view and generate a new API key on the Account page
	case "statuscake-api-key":
		return "https://statuscake.com/kb/knowledge-base/do-you-have-an-api"
	// Zoho CRM: client ID and secret come from the Zoho developer console
	case "zohocrm-client-secret":
		return "https://www.zoho.com/crm/developer/docs/node-js-sdk/clientapp.html"
	// Storj: revoke an access grant
	case "storj-access-grant":
		return "https://storj.dev/learn/concepts/access/access-revocation"
	// ZeroTier: create and manage Central API tokens
	case "zerotier-api-token":
		return "https://docs.zerotier.com/tokens"
	// Teleport: join methods and tokens
	case "teleport-join-token":
		return "https://goteleport.com/docs/reference/deployment/join-methods/"
	// Veracode: generate and revoke API ID and key credentials
	case "veracode-api-secret":
		return "https://docs.veracode.com/r/c_api_credentials3"
	// thirdweb: project client ID and secret key, in project settings
	case "thirdweb-secret-key":
		return "https://portal.thirdweb.com/api-keys"
	// Weblate: API token comes from the user profile
	case "weblate-api-key":
		return "https://docs.weblate.org/en/weblate-5.0.2/api.html"
	// TomTom: rotate an API key in MyTomTom
	case "tomtom-api-key":
		return "https://docs.tomtom.com/platform/documentation/my-tomtom/how-do-i-rotate-a-tomtom-api-key"
	// TrueLayer: create an app in Console to get client ID and secret
	case "truelayer-client-secret":
		return "https://docs.truelayer.com/docs/quickstart-create-a-console-account"
	// Tink: apps and their client keys are managed in Tink Console
	case "tink-client-secret":
		return "https://docs.tink.com/resources/console/set-up-your-tink-account.md"
	// TrackJS: the token and application keys are managed on the Dashboard
	case "trackjs-token":
		return "https://docs.trackjs.com/QuickStart"
	// Timescale (Tiger Cloud): create and delete client credentials
	case "timescale-secret":
		return "https://www.tigerdata.com/docs/deploy/tiger-cloud/tiger-cloud-aws/security/client-credentials"
	// SwaggerHub (Swagger Studio): regenerate the personal API key
	case "swaggerhub-api-key":
		return "https://support.smartbear.com/swagger/studio/docs/en/account-settings/account-settings.html"
	// Transloadit: the Auth Secret can be regenerated if compromised
	case "transloadit-secret":
		return "https://transloadit.com/glossary/auth-secret/"
	// Workato: API clients and their tokens
	case "workato-api-token":
		return "https://docs.workato.com/workato-api/api-clients"
	// SuperTokens: core API keys; several keys allow gradual rotation
	case "supertokens-api-key":
		return "https://supertokens.com/docs/platform-configuration/supertokens-core/api-keys"
	// Tiingo: where the API token is managed
	case "tiingo-api-token":
		return "https://www.tiingo.com/blog/how-to-find-your-tiingo-api-token/"
	// ThingSpeak: generate a new API key if compromised
	case "thingspeak-api-key":
		return "https://mathworks.com/help/thingspeak/users-and-channels.html"
	// Tomorrow.io: access keys are managed on the Dashboard
	case "tomorrowio-api-key":
		return "https://docs.tomorrow.io/reference/api-authentication.md"
	// Vidyard: API tokens are under Admin > API Tokens
	case "vidyard-access-token":
		return "https://knowledge.vidyard.com/hc/en-us/articles/360009875814"
	// Yotpo: generate the secret key in Account Settings
	case "yotpo-secret-key":
		return "https://support.yotpo.com/docs/finding-your-yotpo-app-key-and-secret-key"
	// Yodlee: client ID and secret (client credentials)
	case "yodlee-client-secret":
		return "https://developer.envestnet.com/resources/yodlee/client-credentials-authorization"
	// WP Engine: API credentials are generated on the User Portal's API Access page
	case "wpengine-api-password":
		return "https://wpengineapi.com/quick-start"
	// Sendcloud: create API public and secret keys under Integrations
	case "sendcloud-secret-key":
		return "https://sendcloud.dev/docs/getting-started/how-to-create-your-api-keys"
	// Recruitee: personal API tokens, created and revoked under Apps and plugins
	case "recruitee-api-token":
		return "https://support.recruitee.com/en/articles/8213076-faq-api"
	// TestingBot: reset the key and secret under Manage Credentials
	case "testingbot-secret":
		return "https://testingbot.com/support/team/account.md"
	// Thunderforest: API keys are managed in the Thunderforest account
	case "thunderforest-api-key":
		return "https://thunderforest.com/docs/apikeys/"
	// Ticketmaster: get the API key (Consumer Key) from the app in the developer portal
	case "ticketmaster-api-key":
		return "https://developer.ticketmaster.com/products-and-docs/apis/getting-started"
	// Scrapfly: regenerate a project's API key in the Projects Dashboard
	case "scrapfly-api-key":
		return "https://scrapfly.io/docs/project"
	}
	return ""
}
