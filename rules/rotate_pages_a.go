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
	}
	return ""
}
