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

// TestNameStemsAgree: the string and byte tests of a secret-name stem
// agree, and every prefilter keyword of the secret names holds a stem, so
// the three come from one list.
func TestNameStemsAgree(t *testing.T) {
	for _, n := range []string{"DB_PASSWORD", "apiKey", "author", "mailPw", "x-pw", "BEARER", "cred", "pw", "p", "",
		"monkey", "AUTH0", "Credential", "tok", "PwD", "sEcReT"} {
		if MayNameSecret(n) != MayNameSecretBytes([]byte(n)) {
			t.Errorf("%q: MayNameSecret %v, MayNameSecretBytes %v", n, MayNameSecret(n), MayNameSecretBytes([]byte(n)))
		}
	}
	for _, k := range SecretNameKeywords() {
		if len(k) < 3 || !MayNameSecret(k) {
			t.Errorf("keyword %q is shorter than 3 bytes or holds no stem", k)
		}
	}
}
