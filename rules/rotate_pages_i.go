package rules

// rotatePagesI returns the confirmed rotation page of the rule with id,
// for providers of part I of the long tail; "" when none is confirmed.
func rotatePagesI(id string) string {
	switch id {
	// Django deployment checklist: SECRET_KEY section.
	case "django-secret-key":
		return "https://docs.djangoproject.com/en/4.2/howto/deployment/checklist/"
	// Kubernetes: managing Secrets with a manifest (data field).
	case "kubernetes-secret-data":
		return "https://www.kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/"
	// LogRocket Audit Log API: "Create an API key under Settings > API Keys".
	case "logrocket-api-key":
		return "https://docs.logrocket.com/docs/audit-log-api"
	// Ankr Node API Projects: each project has its own endpoint token.
	case "ankr-api-key":
		return "https://www.ankr.com/docs/rpc-service/getting-started/projects/"
	// Recharge API reference: Authentication (X-Recharge-Access-Token; links Generate API tokens).
	case "recharge-api-token":
		return "https://developer.getrecharge.com"
	// Genius API docs: register an API client (client secret, access token).
	case "genius-access-token":
		return "https://docs.genius.com/"
	// Moneris Developer Portal: Authentication & API Keys (Access & Credentials).
	case "moneris-api-token":
		return "https://developer.moneris.com/moneris-api/docs/authentication-api-keys"
	// PDFShift docs: Authentication (create and manage API keys in the Dashboard).
	case "pdfshift-api-key":
		return "https://docs.pdfshift.io/docs/authentication"
	// Softr docs: My Account > API Settings (generate, regenerate, delete the API key).
	case "softr-api-key":
		return "https://docs.softr.io/my-account/api-settings"
	}
	return ""
}
