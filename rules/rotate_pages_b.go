package rules

// rotatePagesB returns the confirmed rotation page of the rule with id,
// for providers of part B of the long tail; "" when none is confirmed.
func rotatePagesB(id string) string {
	switch id {
	// Grafana: add (and delete) a service account token.
	case "grafana-service-account-token":
		return "https://grafana.com/docs/grafana/latest/administration/service-accounts/add-service-account-token/"
	// HubSpot: private apps, whose Auth tab shows and rotates the token.
	case "hubspot-private-app-token":
		return "https://developers.hubspot.com/docs/api/private-apps"
	// Honeycomb: manage Environment API keys (ingest and configuration).
	case "honeycomb-api-key", "honeycomb-ingest-key":
		return "https://docs.honeycomb.io/configure/environments/manage-api-keys"
	// Klaviyo: obtain API credentials (create and manage private keys).
	case "klaviyo-private-key":
		return "https://developers.klaviyo.com/en/docs/retrieve_api_credentials"
	// Lokalise: API and OTA tokens.
	case "lokalise-api-token":
		return "https://docs.lokalise.com/en/articles/1929556-api-tokens"
	// MailerSend: managing API tokens (pause, delete).
	case "mailersend-api-token":
		return "https://www.mailersend.com/help/managing-api-tokens"
	// Mailtrap: API tokens (add, reset, delete).
	case "mailtrap-api-token":
		return "https://docs.mailtrap.io/email-api-smtp/setup/api-tokens"
	// monday.com: API authentication, where the personal token is found.
	case "monday-api-token":
		return "https://developer.monday.com/api-reference/docs/authentication"
	// New Relic: API keys (license, browser, user, Insights and admin keys).
	case "newrelic-admin-key", "newrelic-browser-key", "newrelic-insert-key",
		"newrelic-license-key", "newrelic-license-key-legacy", "newrelic-query-key",
		"newrelic-user-api-key":
		return "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"
	// Okta: manage Okta API tokens.
	case "okta-api-token":
		return "https://help.okta.com/en-us/Content/Topics/security/api.htm"
	// Opsgenie: API key management.
	case "opsgenie-api-key":
		return "https://docs.opsgenie.com/docs/api-key-management"
	// PagerDuty: API access keys (REST API keys and Events integration keys).
	case "pagerduty-api-key", "pagerduty-integration-key":
		return "https://support.pagerduty.com/docs/using-the-api"
	// Pipedrive: how to find the API token.
	case "pipedrive-api-token":
		return "https://pipedrive.readme.io/docs/how-to-find-the-api-token"
	// HashiCorp Cloud Platform: generate and delete service principal keys.
	case "hcp-client-secret":
		return "https://developer.hashicorp.com/hcp/docs/hcp/iam/service-principal/key"
	// Infisical: service tokens (create, delete).
	case "infisical-service-token":
		return "https://www.infisical.com/docs/documentation/platform/token"
	// Infura (MetaMask Developer dashboard, Infura's docs host): create an API key.
	case "infura-api-key":
		return "https://docs.metamask.io/developer-tools/dashboard/get-started/create-api/"
	// Kinde: rotate client secret.
	case "kinde-client-secret":
		return "https://docs.kinde.com/build/applications/rotate-client-secret"
	// Kong Konnect APIs: personal access tokens and their revocation.
	case "kong-admin-token":
		return "https://developer.konghq.com/konnect-api"
	// LinkedIn API guide (learn.microsoft.com): securing the API key and client secret.
	case "linkedin-client-secret":
		return "https://learn.microsoft.com/en-us/linkedin/shared/api-guide/best-practices/secure-applications"
	// Loggly (SolarWinds documentation): customer tokens.
	case "loggly-token":
		return "https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm"
	// Logz.io: types of tokens (shipping, API, shared) and where they are managed.
	case "logzio-token":
		return "https://docs.logz.io/docs/user-guide/admin/authentication-tokens/tokens"
	// Mastodon: OAuth tokens (obtain, revoke).
	case "mastodon-access-token":
		return "https://docs.joinmastodon.org/api/oauth-tokens/"
	// Mux: make API requests; access tokens are revoked on the settings page.
	case "mux-token-secret":
		return "https://www.mux.com/docs/guides/make-api-requests"
	// n8n: API authentication (create and delete an API key).
	case "n8n-api-key":
		return "https://docs.n8n.io/api/authentication"
	// HashiCorp Nomad: acl token delete.
	case "nomad-token":
		return "https://developer.hashicorp.com/nomad/commands/acl/token/delete"
	// Okta: client secret rotation.
	case "okta-client-secret":
		return "https://developer.okta.com/docs/guides/client-secret-rotation-key/-/main"
	// OneLogin: working with API credentials.
	case "onelogin-client-secret":
		return "https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials"
	// 1Password: manage service accounts (rotate the token).
	case "onepassword-service-account-token":
		return "https://developer.1password.com/docs/service-accounts/manage-service-accounts"
	// Optimizely: personal access token (generate, revoke).
	case "optimizely-token":
		return "https://docs.developers.optimizely.com/web/docs/personal-token"
	// PandaDoc: API key authentication; keys are generated in Settings > Integrations > API.
	case "pandadoc-api-key":
		return "https://developers.pandadoc.com/changelog/new-authentication-process-with-api-key-and-api-sandbox"
	// Pantheon: creating and revoking machine tokens.
	case "pantheon-machine-token":
		return "https://docs.pantheon.io/machine-tokens"
	// Papertrail: HTTP API authentication; the token is in the user profile.
	case "papertrail-token":
		return "https://help.papertrailapp.com/kb/how-it-works/http-api"
	// Particle: access tokens.
	case "particle-access-token":
		return "https://docs.particle.io/reference/cloud-apis/access-tokens"
	// PingOne: rotating the client secret for an application.
	case "pingidentity-client-secret":
		return "https://docs.pingidentity.com/pingone/applications/p1_rotate_client_secret.html"
	// Platform.sh: authenticate the CLI using an API token.
	case "platformsh-api-token":
		return "https://docs.platform.sh/development/cli/api-tokens.html"
	// GitGuardian: personal access tokens (create, manage, revoke).
	case "gitguardian-api-key":
		return "https://docs.gitguardian.com/api-docs/personal-access-tokens"
	// GIPHY: API quickstart, creating an API key on the developer dashboard.
	case "giphy-api-key":
		return "https://developers.giphy.com/docs/api/quick-start-guide/"
	// Gitpod: access tokens (create, regenerate, delete).
	case "gitpod-token":
		return "https://www.gitpod.io/docs/configure/user-settings/access-tokens"
	// Stream: where an app's API key and secret are created on the dashboard.
	case "getstream-api-secret":
		return "https://getstream.io/video/docs/android/playground/stream-api-key"
	// Gumroad: create an application for the API and generate an access token.
	case "gumroad-access-token":
		return "https://help.gumroad.com/article/280-create-application-api"
	// HackerOne: organization API tokens.
	case "hackerone-api-token":
		return "https://docs.hackerone.com/organizations/api-tokens.html"
	// Harvest: API v2 authentication (personal access tokens, revoked in Developers).
	case "harvest-access-token":
		return "https://help.getharvest.com/api-v2/authentication-api/authentication/authentication/"
	// Help Scout: Mailbox API authentication (OAuth app ID and secret under My Apps).
	case "helpscout-api-key":
		return "https://developer.helpscout.com/mailbox-api/overview/authentication/"
	// Have I Been Pwned: API v3 authorisation, key obtained on the API key page.
	case "hibp-api-key":
		return "https://haveibeenpwned.com/api/v3"
	// Hygraph: API access, managing permanent auth tokens.
	case "hygraph-token":
		return "https://hygraph.com/docs/getting-started/access-and-permissions/api-access"
	// ImageKit: API keys (standard and restricted private keys).
	case "imagekit-private-key":
		return "https://imagekit.io/docs/api-keys"
	// Instana (IBM documentation): preparing endpoints and keys, the agent key.
	case "instana-agent-key":
		return "https://ibm.com/docs/en/SSE1JP5_current/src/pages/setup_and_manage/endpoints_and_keys.html"
	// Iterable: API keys (create and manage).
	case "iterable-api-key":
		return "https://support.iterable.com/hc/en-us/articles/360043464871-API-Keys"
	// Jotform: how to create (and delete) an API key.
	case "jotform-api-key":
		return "https://www.jotform.com/help/how-to-create-an-api-key"
	// KuCoin: API key upgrade guide (delete the old key, create a new one).
	case "kucoin-api-secret":
		return "https://www.kucoin.com/support/900006465403"
	// NOWPayments: how to remove an API key.
	case "nowpayments-api-key":
		return "https://nowpayments.io/help/dashboard/how-to-remove-my-api-key"
	// OKX: API FAQ (create, manage and delete API keys).
	case "okx-api-secret":
		return "https://www.okx.com/en-br/help/api-faq"
	// Kustomer: access management API; API keys are created in Settings > Security > API Keys.
	case "kustomer-api-key":
		return "https://developer.kustomer.com/api/access-management/create-token.md"
	// Lithic: API basics, keys generated on the Program settings page.
	case "lithic-api-key":
		return "https://docs.lithic.com/docs/api-basics"
	// LiveChat (Text platform): authorization FAQ, personal access tokens in the Developer Console.
	case "livechat-pat":
		return "https://platform.text.com/authorization/faq"
	// MailerLite Classic: API authentication, key on the Integrations page.
	case "mailerlite-api-key":
		return "https://developers-classic.mailerlite.com/docs/authentication"
	// Mailosaur: API keys (create, reveal, delete).
	case "mailosaur-api-key":
		return "https://mailosaur.com/docs/managing-your-account/api-keys/"
	// MailSlurp: authentication, API keys created in the dashboard.
	case "mailslurp-api-key":
		return "https://docs.mailslurp.com/authentication"
	// Make: managing API tokens (delete and replace).
	case "make-api-token":
		return "https://developers.make.com/api-documentation/authentication/authentication-managing"
	// Marketo (Adobe Experience League): custom service credentials in LaunchPoint.
	case "marketo-client-secret":
		return "https://experienceleague.adobe.com/docs/marketo/using/product-docs/administration/additional-integrations/create-a-custom-service-for-use-with-rest-api.html"
	// Mercado Pago: credentials (production access token, client secret).
	case "mercadopago-access-token":
		return "https://www.mercadopago.com.mx/developers/en/docs/checkout-pro/additional-content/credentials"
	// Marqeta: self-service credentials (create, list, delete admin access tokens).
	case "marqeta-token":
		return "https://www.marqeta.com/docs/core-api/self-service-credentials"
	// Mezmo: service and ingestion keys (generate, remove).
	case "mezmo-ingestion-key":
		return "https://docs.mezmo.com/docs/ingestion-key"
	// Modern Treasury: authentication, keys on the API keys page.
	case "moderntreasury-api-key":
		return "https://docs.moderntreasury.com/reference/authentication"
	// Moralis: get (and rotate) your API key.
	case "moralis-api-key":
		return "https://docs.moralis.com/get-started/get-your-api-key"
	// NewsAPI: authentication with an API key.
	case "newsapi-key":
		return "https://newsapi.org/docs/authentication"
	// Nylas: create and revoke API keys.
	case "nylas-api-key":
		return "https://developer.nylas.com/docs/cookbook/use-cases/build/manage-api-keys/"
	// OpenCage: replacing (deactivating) a geocoding API key.
	case "opencage-api-key":
		return "https://opencagedata.com/guides/how-to-create-a-new-api-key.md"
	// Grafana Cloud: create access policies and tokens.
	case "grafana-cloud-token":
		return "https://www.grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/create-access-policies"
	// Greenhouse: manage Harvest API credentials (create, edit, revoke).
	case "greenhouse-api-key":
		return "https://support.greenhouse.io/hc/en-us/articles/115000521723-Manage-Harvest-API-key-permissions"
	// GreyNoise: authentication, the API key on the account page.
	case "greynoise-api-key":
		return "https://docs.greynoise.io/docs/authentication"
	// Phrase Strings: access tokens (generate, edit, delete).
	case "phrase-access-token":
		return "https://help.phrase.com/help/access-tokens"
	// Pipedream: REST API authentication (OAuth clients and user API keys).
	case "pipedream-api-key":
		return "https://pipedream.com/docs/rest-api/auth"
	// Gong: API access keys are managed under Company settings > API.
	case "gong-access-key":
		return "https://help.gong.io/docs/receive-access-to-the-api"
	// Gorgias: REST API keys are generated and revoked in Settings > REST API.
	case "gorgias-api-key":
		return "https://developers.gorgias.com/docs/access-tokens-api-keys.md"
	// GrowthBook: secret API keys are created and revoked under Settings > API Keys.
	case "growthbook-secret":
		return "https://docs.growthbook.io/keys"
	// Klarna: API keys are generated and disabled under Settings in the Merchant Portal.
	case "klarna-api-secret":
		return "https://docs.klarna.com/resources/developer-tools/merchant-portal-guide/settings"
	// NocoDB: API tokens are created and deleted under Account Settings > API Tokens.
	case "nocodb-api-token":
		return "https://nocodb.com/docs/product/account-settings/api-tokens"
	// Kinsta: API keys are created and revoked under Company settings > API Keys.
	case "kinsta-api-key":
		return "https://kinsta.com/docs/api/"
	// Northflank: API tokens are generated from roles and deleted in team settings.
	case "northflank-api-token":
		return "https://northflank.com/docs/v1/application/secure/grant-api-access"
	// Omise: the live secret key is rolled and the old one revoked under Keys.
	case "omise-secret-key", "omise-secret-key-prefixed":
		return "https://docs.omise.co/how-to-access-omise-api-keys"
	// Lightstep (Cloud Observability): access tokens are created and deactivated under Settings > Access tokens.
	case "lightstep-access-token":
		return "https://docs.lightstep.com/docs/project-access-tokens"
	// Keap: personal access tokens and service account keys are managed under Settings > API Settings.
	case "keap-api-key":
		return "https://developer.infusionsoft.com/pat-and-sak"
	// HiBob: API service users and their tokens are managed under Settings > Integrations > Service Users.
	case "hibob-api-token":
		return "https://apidocs.hibob.com/docs/api-service-users.md"
	// Omnisend: API keys are created and removed in the API keys section of the account.
	case "omnisend-api-key":
		return "https://api-docs.omnisend.com/v2026-03-15/reference/getting-started"
	// OpenSea: API keys are created and rotated in the developer settings.
	case "opensea-api-key":
		return "https://docs.opensea.io/reference/api-keys.md"
	// PayMongo: API keys are regenerated under Settings > Developers.
	case "paymongo-secret-key":
		return "https://developers.paymongo.com/docs/account-settings-api-keys"
	// Paytm: API keys are generated under Developer Settings in the Paytm business dashboard.
	case "paytm-merchant-key":
		return "https://business.paytm.com/blog/how-to-generate-api-key-for-paytm-payment-gateway-guide-for-merchants-using-payment-links/"
	// Mixmax: API tokens are created under Settings > Integrations > API.
	case "mixmax-api-token":
		return "https://success.mixmax.com/en/articles/11643056-mixmax-rest-api"
	// ipstack (APILayer): the API access key is reset from the account dashboard.
	case "ipstack-access-key":
		return "https://docs.apilayer.com/ipstack/docs/quickstart-guide"
	// marketstack (APILayer): the API access key is reset from the account dashboard.
	case "marketstack-access-key":
		return "https://docs.apilayer.com/marketstack/docs/quickstart-guide"
	// mediastack (APILayer): the API access key is re-generated from the account dashboard.
	case "mediastack-access-key":
		return "https://docs.apilayer.com/mediastack/docs/getting-started"
	// numverify (APILayer): the API access key is reset from the account dashboard.
	case "numverify-access-key":
		return "https://docs.apilayer.com/numverify/docs/quickstart-guide"
	// Kontent.ai: API keys are created, regenerated and revoked under Project settings > API keys.
	case "kontent-api-key":
		return "https://kontent.ai/learn/docs/apis/api-keys"
	// lemlist: API keys are generated and deleted under Settings > Integrations.
	case "lemlist-api-key":
		return "https://help.lemlist.com/en/articles/4452694-find-and-use-the-lemlist-api"
	// Leonardo.Ai: API keys are created on the API Access page of the web app.
	case "leonardo-api-key":
		return "https://docs.leonardo.ai/docs/create-your-api-key"
	// GetResponse: API keys are generated under Tools > Integrations and API > API.
	case "getresponse-api-key":
		return "https://www.getresponse.com/help/where-do-i-find-the-api-key.html"
	// PagSeguro (PagBank): a new account token is generated under Venda online > Integrações; the old one stops working.
	case "pagseguro-token":
		return "https://developer.pagbank.com.br/v1/docs/como-obter-token-de-autenticacao"
	// MapQuest: API keys are created and listed through the developer account (Manage Keys / Account API).
	case "mapquest-api-key":
		return "https://developer.mapquest.com/documentation/api/account/"
	// Grist: the API key is created and removed under Profile Settings > API.
	case "grist-api-key":
		return "https://support.getgrist.com/rest-api"
	// Losant: application API tokens are added and deleted on the application's API Tokens page.
	case "losant-api-token":
		return "https://docs.losant.com/applications/application-tokens"
	// Moneybird: API tokens are created, scoped and deleted under Instellingen > Externe en AI-koppelingen.
	case "moneybird-token":
		return "https://helpcenter.moneybird.nl/nl/articles/208027-api-token-aanmaken-en-beheren"
	// Gusto: application credentials and API tokens are issued and managed in the Gusto Developer Portal.
	case "gusto-client-secret":
		return "https://docs.gusto.com/app-integrations/docs/authentication"
	// MapTiler: API keys are created, protected and replaced under Account > API keys.
	case "maptiler-api-key":
		return "https://docs.maptiler.com/cloud/api/authentication-key"
	// Intelligence X: the API key assigned to the account is shown on the Developer tab of the account page.
	case "intelx-api-key":
		return "https://help.intelx.io/api"
	// Kommo: integration keys (including the secret key) are managed by account administrators on the integration.
	case "kommo-secret-key":
		return "https://developers.kommo.com/docs/private-integration"
	}
	return ""
}
