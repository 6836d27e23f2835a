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
	}
	return ""
}
