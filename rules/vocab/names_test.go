package vocab

import "testing"

func TestIsSecretName(t *testing.T) {
	for _, n := range []string{"DB_PASSWORD", "apiKey", "SECRET_KEY_BASE", "authToken", "mailPass", "REDIS_PWD",
		"client_secret", "x-api-key", "BASIC_AUTH", "key", "privateKey", "LDAP_BIND_CREDENTIAL"} {
		if !IsSecretName(n) {
			t.Errorf("IsSecretName(%q) = false, want true", n)
		}
	}
	for _, n := range []string{"author", "monkey", "bypass", "public_key", "cache_key", "SECRET_NAME", "token_url",
		"password_min_length", "keyboard", "csrf_token", "max_tokens", "KEY_FILE", "idempotency_key"} {
		if IsSecretName(n) {
			t.Errorf("IsSecretName(%q) = true, want false", n)
		}
	}
}
