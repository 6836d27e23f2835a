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
	}
	return ""
}
