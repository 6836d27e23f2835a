package rules

// rotatePagesE returns the confirmed rotation page of the rule with id,
// for providers of part E of the long tail; "" when none is confirmed.
func rotatePagesE(id string) string {
	switch id {
	// AbuseIPDB API docs, Introduction: new keys come from the account dashboard.
	case "abuseipdb-api-key":
		return "https://docs.abuseipdb.com/"
	// Aha! REST API, Authentication section (API keys and OAuth2 tokens).
	case "aha-api-key":
		return "https://aha.io/api"
	// SolarWinds AppOptics docs: API Tokens and Token Roles.
	case "appoptics-token":
		return "https://documentation.solarwinds.com/en/Success_Center/appoptics/content/kb/user_org/tokens.htm"
	// Bybit V5 API docs: Delete Master API Key.
	case "bybit-api-secret":
		return "https://bybit-exchange.github.io/docs/v5/user/rm-master-apikey"
	// CloudBees CodeShip docs: API authentication.
	case "codeship-api-key":
		return "https://docs.cloudbees.com/docs/cloudbees-codeship/latest/api-authentication"
	// Conjur docs: Rotate another role's API key.
	case "conjur-api-key":
		return "https://docs.conjur.org/Latest/en/Content/Developer/Conjur_API_Rotate_Other_API_Key.htm"
	// Equinix Metal docs: API Keys (create, manage, delete).
	case "equinix-metal-token":
		return "https://docs.equinix.com/metal/identity-access-management/api-keys"
	// FusionAuth APIs: Authentication (managing API keys).
	case "fusionauth-api-key":
		return "https://fusionauth.io/docs/v1/tech/apis/authentication"
	// imgix Management API overview, Authentication section.
	case "imgix-api-key":
		return "https://docs.imgix.com/apis/management/overview"
	// Keycloak Server Administration Guide: confidential client credentials (Regenerate Secret).
	case "keycloak-client-secret":
		return "https://keycloak.gitbooks.io/server-adminstration-guide/content/topics/clients/oidc/confidential.html"
	// Rundeck user manual: User API Tokens.
	case "rundeck-api-token":
		return "https://docs.rundeck.com/docs/manual/10-user.html"
	// Sematext docs: where the Logs App token is found.
	case "sematext-token":
		return "https://sematext.com/docs/logs/index-events-via-sematext-api/"
	// Coveralls API introduction (repo settings and repo_token).
	case "coveralls-repo-token":
		return "https://docs.coveralls.io/api-introduction"
	// Hunter API v2 docs, Authentication: generate or delete API keys.
	case "hunterio-api-key":
		return "https://hunter.io/api-documentation/v2"
	// lexoffice API cookbook: API key management and replacement.
	case "lexoffice-api-key":
		return "https://developers.lexoffice.io/cookbooks/public-api/"
	// Netlas API reference, Authentication section.
	case "netlas-api-key":
		return "https://docs.netlas.io/api-reference"
	// Pivotal Tracker API v5 docs (authentication with the API token).
	case "pivotaltracker-token":
		return "https://www.pivotaltracker.com/help/api"
	// Replit docs: external access tokens (create, revoke).
	case "replit-token":
		return "https://docs.replit.com/cloud-services/deployments/external-access-tokens"
	// SignWell API getting started: token created on Settings -> API.
	case "signwell-api-key":
		return "https://developers.signwell.com/reference/getting-started-with-your-api-1.md"
	// Teamwork support: managing your API keys (generate, regenerate, revoke).
	case "teamwork-api-token":
		return "https://support.teamwork.com/spaces/settings/managing-your-api-keys"
	// Tito Admin API, Authentication: generate and revoke API tokens.
	case "tito-api-token":
		return "https://ti.to/docs/api/admin/3.0"
	// Trakt API docs: Authentication (client secret from your Trakt application).
	case "trakt-client-secret":
		return "https://docs.trakt.tv/reference/authentication"
	// turbopuffer docs: Authentication (create and expire tokens).
	case "turbopuffer-api-key":
		return "https://turbopuffer.com/docs/auth"
	// Wave developer help: Authentication (create and revoke full access tokens).
	case "waveapps-token":
		return "https://developer.waveapps.com/hc/en-us/articles/360018856751-Authentication"
	// Bonsai docs: credential management (regenerate master credentials).
	case "bonsai-url-secret":
		return "https://bonsai.io/docs/credential-management"
	// Customerly docs: how to obtain your API access token.
	case "customerly-api-key":
		return "https://docs.customerly.io/en/api/how-to-obtain-your-api-access-token-in-customerly"
	// Freshping support: API documentation (API key under account settings).
	case "freshping-api-key":
		return "https://support.freshping.io/en/support/solutions/articles/50000003709-freshping-api-documentation"
	// Glide API reference: authentication (API tokens).
	case "glide-api-token":
		return "https://apidocs.glideapps.com/api-reference/v2/general/authentication"
	// Groove developer docs: getting started (private API token).
	case "groove-api-token":
		return "https://developer.groovehq.com/graphql/overview/start"
	// HelpCrunch docs: REST API setup (create API keys).
	case "helpcrunch-api-key":
		return "https://docs.helpcrunch.com/rest-api-v1/api-setup-v1"
	// Holded help: how to build and use the Holded API (API keys).
	case "holded-api-key":
		return "https://help.holded.com/en/articles/6896051-how-to-build-and-use-the-holded-api"
	// Invoiced API docs: authentication (Settings, Developers, API Keys).
	case "invoiced-api-key":
		return "https://developer.invoiced.com/api"
	// LiveAgent support: API key (generate new keys, invalidate old ones).
	case "liveagent-api-key":
		return "https://support.liveagent.com/741982-API-key/"
	// Loom developer docs: securing the SDK key pair and tokens.
	case "loom-private-key":
		return "https://dev.loom.com/docs/record-sdk/details/key-pair-authentication/securing-key-pair-and-tokens"
	// Ubidots API docs: authentication (tokens under My Profile).
	case "ubidots-token":
		return "https://docs.ubidots.com/reference/authentication"
	// Uptrace docs: DSN with project secret token (Project Settings).
	case "uptrace-dsn-token":
		return "https://uptrace.dev/get"
	// Yoco developer docs: Checkout API authentication (secret key).
	case "yoco-secret-key":
		return "https://developer.yoco.com/docs/checkout-api/authentication"
	// Observe docs: ingest tokens (create, monitor and rotate).
	case "observeinc-token":
		return "https://docs.observeinc.com/docs/ingest-tokens"
	// Zoho Books API: OAuth overview (users can revoke delegated access).
	case "zohobooks-auth-token":
		return "https://www.zoho.com/books/api/v4/oauth/"
	// Rainforest QA help: the Rainforest API (generate and rotate the API token).
	case "rainforest-token":
		return "https://help.rainforestqa.com/docs/the-rainforest-api"
	// Tabnine docs: access tokens (generate in Settings, revoke lost tokens).
	case "tabnine-key":
		return "https://docs.tabnine.com/main/administering-tabnine/managing-your-team/tabnine-apis/usage-api-1"
	// Threat Stack help center: view or reset your REST API key.
	case "threatstack-api-key":
		return "https://threatstack.zendesk.com/hc/en-us/articles/115003956971-View-or-Reset-Your-REST-API-Key"
	// TeamGantt support: authenticating (API app credentials; revoke refresh tokens).
	case "teamgantt-api-key":
		return "https://support.teamgantt.com/article/153-authenticating-with-teamgantt"
	}
	return ""
}
