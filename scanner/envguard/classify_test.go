package envguard

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"math/big"
	"strings"
	"testing"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/internal/dotenv"
)

// Fakes are generated at run time in the providers' formats; no value
// here was ever a credential.
func fakeFernet(t *testing.T) string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return base64.URLEncoding.EncodeToString(b)
}

func fakeHex(t *testing.T, n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

func fakeAlnum(t *testing.T, n int) string {
	const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	var b strings.Builder
	for i := 0; i < n; i++ {
		k, err := rand.Int(rand.Reader, big.NewInt(int64(len(abc))))
		if err != nil {
			t.Fatal(err)
		}
		b.WriteByte(abc[k.Int64()])
	}
	return b.String()
}

func classifyLine(t *testing.T, line string, set *rules.Set) Verdict {
	t.Helper()
	f, err := dotenv.Parse([]byte(line))
	if err != nil || len(f.Entries) != 1 {
		t.Fatalf("Parse(%q): %v", line, err)
	}
	return Classify(&f.Entries[0], set)
}

func TestClassifyClean(t *testing.T) {
	for _, set := range []*rules.Set{nil, rules.MustCompile(rules.Builtin())} {
		for _, tt := range []struct {
			line string
			want Class
		}{
			{"SECRET_KEY=", ClassEmpty},
			{"SECRET_KEY=changeme", ClassPlaceholder},
			{"API_KEY=<your-api-key>", ClassPlaceholder},
			{"API_KEY=your-api-key-here", ClassPlaceholder},
			{"STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", ClassPlaceholder},
			{"GITHUB_TOKEN=xxxxxxxxxxxxxxxx", ClassPlaceholder},
			{"DB_PASSWORD=${DB_PASSWORD}", ClassPlaceholder},
			{"JWT_SECRET=secret", ClassPlaceholder},
			{"DB_PASSWORD=password", ClassPlaceholder},
			{"ADMIN_PASSWORD=test", ClassPlaceholder},
			{"OAUTH_TOKEN=none", ClassPlaceholder},
			{"SESSION_SECRET=replace-me", ClassPlaceholder},
			{"ENCRYPTION_KEY=dummy", ClassPlaceholder},
			{"AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", ClassPlaceholder},
			{"AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", ClassPlaceholder},
			{"DATABASE_URL=postgres://postgres:postgres@localhost:5432/app", ClassPlaceholder},
			{"DATABASE_URL=postgres://user:changeme@db.example.com:5432/app", ClassPlaceholder},
			{"REDIS_URL=redis://localhost:6379/0", ClassConfig},
			{"API_BASE_URL=https://api.example.com/v1", ClassConfig},
			{"PORT=8080", ClassConfig},
			{"DEBUG=true", ClassConfig},
			{"LOG_LEVEL=info", ClassConfig},
			{"NODE_ENV=development", ClassConfig},
			{"ALLOWED_HOSTS=localhost,127.0.0.1", ClassConfig},
			{"AUTH_URL=https://auth.example.com/oauth/token", ClassConfig},
			{"TOKEN_TTL=3600", ClassConfig},
			{"JWT_ALGORITHM=HS256", ClassConfig},
			{"SMTP_USER=apikey", ClassPlaceholder},
			{"APP_NAME=My Shop", ClassConfig},
			{"SENTRY_DSN=", ClassEmpty},
			{"STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx", ClassPlaceholder},
			{"SSL_KEY=/etc/ssl/private/server2024.key", ClassConfig},
			{"GOOGLE_APPLICATION_CREDENTIALS=./secrets/sa-2024.json", ClassConfig},
			{`SIGNING_KEY_FILE=C:\keys\signing.pem`, ClassConfig},
			{"VAPID_PUBLIC_KEY=BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U", ClassConfig},
			{"SECRETS_MANAGER_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:app-a1b2c3", ClassPlaceholder},
			{"PRIVATE_REGISTRY=registry.internal.example.com:5000", ClassConfig},
		} {
			if got := classifyLine(t, tt.line, set); got.Class != tt.want {
				t.Errorf("rules=%v %s: %v (%s), want %v", set != nil, tt.line, got.Class, got.Reason, tt.want)
			}
		}
	}
}

func TestClassifyDirty(t *testing.T) {
	pw := fakeAlnum(t, 14) + "9a"
	for _, set := range []*rules.Set{nil, rules.MustCompile(rules.Builtin())} {
		for _, line := range []string{
			"FERNET_KEY=" + fakeFernet(t),
			"ENCRYPTION_KEY=\"" + fakeFernet(t) + "\"",
			"STRIPE_SECRET_KEY=sk_" + "live_" + fakeAlnum(t, 24),
			"PAYMENTS=sk_" + "live_" + fakeAlnum(t, 32),
			"SECRET_KEY=" + fakeHex(t, 32),
			"SESSION_TOKEN=" + fakeHex(t, 16),
			"WEBHOOK_SIGNING=" + fakeHex(t, 24),
			"SOMETHING=" + fakeHex(t, 32),
			"DATABASE_URL=postgres://app:" + pw + "@db.internal:5432/app",
			"DATABASE_URL=postgres://app:" + pw + "@db.example.com:5432/app",
			"DB_PASSWORD=Tr0ub4dor&3xample",
		} {
			got := classifyLine(t, line, set)
			if got.Class != ClassSecret {
				t.Errorf("rules=%v %s: %v (%s), want secret", set != nil, line, got.Class, got.Reason)
			}
			if got.Secret == "" || !strings.Contains(line, got.Secret) {
				t.Errorf("%s: Secret %q is not part of the line", line, got.Secret)
			}
		}
	}
}

// A specific rule wins over the example-file placeholder words: an
// Anyscale key holds the word "secret" but is real.
func TestClassifySpecificRuleBeatsPlaceholderWords(t *testing.T) {
	set := rules.MustCompile(rules.Builtin())
	line := "ANYSCALE_API_KEY=esecret_" + strings.ToLower(fakeAlnum(t, 26))
	if got := classifyLine(t, line, set); got.Class != ClassSecret || got.RuleID == "" {
		t.Errorf("%s: %v (%s), want secret by a rule", line, got.Class, got.Reason)
	}
}

func TestSecretName(t *testing.T) {
	yes := []string{"API_KEY", "SECRET_KEY_BASE", "GITHUB_TOKEN", "DB_PASSWORD", "SMTP_PASS", "MYSQL_PWD", "GOOGLE_APPLICATION_CREDENTIALS", "PRIVATE_KEY", "AUTH_SECRET", "NEXTAUTH_SECRET", "stripe.apiKey", "APIKEY"}
	no := []string{"PORT", "AUTH_URL", "TOKEN_TTL", "AWS_ACCESS_KEY_ID", "PASSWORD_MIN_LENGTH", "KEYBOARD", "DEBUG", "JWT_ALGORITHM", "DATABASE_URL", "MONKEY"}
	for _, k := range yes {
		if !SecretName(k) {
			t.Errorf("SecretName(%s) = false", k)
		}
	}
	for _, k := range no {
		if SecretName(k) {
			t.Errorf("SecretName(%s) = true", k)
		}
	}
}
