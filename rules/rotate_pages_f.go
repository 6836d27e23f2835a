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
	}
	return ""
}
