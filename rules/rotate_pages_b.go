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
	}
	return ""
}
