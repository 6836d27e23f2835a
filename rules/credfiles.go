package rules

import (
	"encoding/base64"
	"errors"
	"strings"

	"github.com/envguard/envguard/rules/engine"
	"github.com/envguard/envguard/rules/vocab"
)

// gitCredentialsPrefix starts the regexp of a .git-credentials line.
const gitCredentialsPrefix = `(?m:^[ \t]*https?://`

// credentialFileRules covers the credential files of tools: .npmrc,
// .pypirc, .netrc, .git-credentials, Docker's config.json, kubeconfig,
// Maven's settings.xml and Kubernetes Secret manifests.
func credentialFileRules() []Rule {
	pw := "Vq8" + exampleChars("credfile-pw", exURLSafe, 17)
	tok := exampleUUID("npm-legacy")
	dockerAuth := base64.StdEncoding.EncodeToString([]byte("ci-bot:" + pw))
	return []Rule{
		{
			ID:          "npmrc-auth-token",
			Description: ".npmrc registry auth token (_authToken)",
			Keywords:    []string{"_authtoken"},
			Regex:       `(?i:_authToken)[ \t]*=[ \t]*["']?(?P<secret>[^\s"'$]{8,})`,
			Check:       checkRandom(0.7),
			CheckDesc:   "not a placeholder or ${ENV} reference; random",
			Generic:     true, // a provider token in it has its own, stricter rule
			Severity:    SeverityHigh,
			Examples: func() Examples {
				return Examples{
					True:  []string{"//registry.npmjs.org/:_authToken=" + tok, "//npm.pkg.github.com/:_authToken=" + exampleChars("npmrc-gh", exAlnum, 36)},
					False: []string{"//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "//registry.npmjs.org/:_authToken=$NPM_TOKEN", "_authToken=YOUR_TOKEN_HERE"},
				}
			},
		},
		{
			ID:          "npmrc-auth-basic",
			Description: ".npmrc base64 credentials (_auth or _password)",
			Keywords:    []string{"_auth", "_password"},
			Regex:       `(?i:_auth|_password)[ \t]*=[ \t]*["']?(?P<secret>[A-Za-z0-9+/]{8,}={0,2})(?:["'\s]|$)`,
			Files:       []string{".npmrc"},
			Check:       checkBase64Credential,
			CheckDesc:   "decodes to a user:password or password that is not a placeholder",
			Severity:    SeverityHigh,
			Examples: func() Examples {
				return Examples{
					True:  []string{"_auth=" + dockerAuth, "//nexus.internal/repository/npm/:_password=" + base64.StdEncoding.EncodeToString([]byte(pw))},
					False: []string{"_auth=${NPM_AUTH}", "_password=" + base64.StdEncoding.EncodeToString([]byte("password"))},
				}
			},
		},
		{
			ID:          "pypirc-password",
			Description: ".pypirc repository password",
			Keywords:    []string{"[pypi", "[testpypi", "[distutils", "index-servers"},
			Regex:       `\[[A-Za-z0-9_\-.]+\][ \t]*\r?\n(?:[ \t]*[^\[\n][^\n]*\n|[ \t]*\n)*?[ \t]*password[ \t]*[:=][ \t]*(?P<secret>[^\s]{6,})`,
			Multiline:   true,
			Check:       checkURLPassword,
			CheckDesc:   "not a placeholder or default",
			Generic:     true, // a provider token in it has its own, stricter rule
			Severity:    SeverityHigh,
			Examples: func() Examples {
				return Examples{
					True:  []string{"[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.internal/simple\nusername = deploy\npassword = " + pw + "\n"},
					False: []string{"[pypi]\nusername = __token__\npassword = <your token>\n", "[pypi]\nusername = __token__\npassword = %(PYPI_TOKEN)s\n"},
				}
			},
		},
		{
			ID:          "netrc-password",
			Description: ".netrc machine password",
			Keywords:    []string{"machine"},
			Regex:       `machine[ \t]+[^\s]+(?:\s+(?:login|account|port)[ \t]+[^\s]+)*\s+password[ \t]+(?P<secret>[^\s]{3,})`,
			Multiline:   true,
			Check:       checkURLPassword,
			CheckMatch:  checkNetrcCredential,
			CheckDesc:   "not a placeholder, default or documented demo credential",
			Generic:     true, // a provider token in it has its own, stricter rule
			Severity:    SeverityHigh,
			Examples: func() Examples {
				return Examples{
					True: []string{"machine api.heroku.com\n  login ops@example.test\n  password " + pw + "\n", "machine ftp.internal login backup password " + pw,
						// a generated passphrase: no function words
						"machine ftp.internal login backup password lunar-mosaic-gravel-tundra"},
					False: []string{"machine example.com login user password password", "# the machine learning password is stored in the vault",
						"machine vcs-test.golang.org\n\tlogin aladdin\n\tpassword opensesame\n",
						"machine after.default\nlogin oops\npassword too-late-in-file\n"},
				}
			},
		},
		{
			ID:          "git-credentials-url",
			Description: ".git-credentials stored credential",
			Keywords:    []string{"https://", "http://"},
			Gate:        gitCredentialsGate,
			Regex:       gitCredentialsPrefix + `(?P<user>[^\s:@/]+):(?P<secret>[^\s@/]{3,})@(?P<host>[A-Za-z0-9.\-]+(?::[0-9]+)?)/?[ \t]*\r?$)`,
			Check:       checkURLPassword,
			CheckMatch:  checkURLCredential,
			CheckDesc:   "not a placeholder, default or documented demo credential",
			Severity:    SeverityHigh,
			Examples: func() Examples {
				return Examples{
					True:  []string{"https://ci-bot:" + pw + "@git.internal.example\n", "https://oauth2:" + exampleChars("glcred", exURLSafe, 20) + "@gitlab.example.com"},
					False: []string{"https://user:password@github.com", "see https://user:" + pw + "@host/path for details", "https://aladdin:opensesame@vcs-test.golang.org"},
				}
			},
		},
		{
			ID:          "docker-config-auth",
			Description: "Docker config.json registry auth (base64 user:password)",
			Keywords:    []string{`"auth"`},
			Regex:       `"auth"[ \t]*:[ \t]*"(?P<secret>[A-Za-z0-9+/]{8,}={0,2})"`,
			Check:       checkBase64Credential,
			CheckDesc:   "decodes to user:password with a real password",
			Severity:    SeverityHigh,
			Examples: func() Examples {
				return Examples{
					True:  []string{`{"auths": {"registry.internal:5000": {"auth": "` + dockerAuth + `"}}}`},
					False: []string{`{"auths": {"ghcr.io": {"auth": "` + base64.StdEncoding.EncodeToString([]byte("user:password")) + `"}}}`, `{"auth": "Zm9vYmFy"}`},
				}
			},
		},
		{
			ID:          "kubeconfig-client-key",
			Description: "kubeconfig client private key (client-key-data)",
			Keywords:    []string{"client-key-data"},
			Regex:       `client-key-data:[ \t]*["']?(?P<secret>[A-Za-z0-9+/]{40,}={0,2})`,
			Check:       checkBase64PrivateKey,
			CheckDesc:   "decodes to a PEM private key that parses",
			Severity:    SeverityCritical,
			Examples: func() Examples {
				return Examples{
					True:  []string{"    client-key-data: " + base64.StdEncoding.EncodeToString([]byte(exampleECKey))},
					False: []string{"    client-certificate-data: " + base64.StdEncoding.EncodeToString([]byte(exampleCertificate)), "    client-key-data: " + base64.StdEncoding.EncodeToString([]byte(examplePublicKey))},
				}
			},
		},
		{
			ID:          "maven-settings-password",
			Description: "password in an XML config (Maven settings.xml, NuGet.config...)",
			Keywords:    []string{"<password>", "<passphrase>", "<privatekeypassword>"},
			Regex:       `<(?P<name>password|passphrase|privateKeyPassword)>(?P<secret>[^<\s]{4,})</`,
			Check:       checkXMLPassword,
			CheckDesc:   "not a ${property}, {encrypted} value or placeholder",
			Severity:    SeverityHigh,
			KeyKind:     KindPassword,
			Examples: func() Examples {
				return Examples{
					True:  []string{"<server><id>internal</id><username>deploy</username><password>" + pw + "</password></server>"},
					False: []string{"<password>${env.MAVEN_PASSWORD}</password>", "<password>{COQLCE6DU6GtcS5P=}</password>", "<password>password</password>"},
				}
			},
		},
		kubernetesSecretRule(pw),
	}
}

// kubernetesSecretRule finds the data values of a Kubernetes Secret
// manifest whose base64 decodes to a secret. The kind may come before or
// after the data, so the rule runs from the manifest's "kind: Secret" line
// onwards over indented "key: base64" lines.
func kubernetesSecretRule(pw string) Rule {
	enc := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	manifest := "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\n  namespace: prod\ntype: Opaque\ndata:\n  username: " + enc("app") + "\n  password: " + enc(pw) + "\n"
	return Rule{
		ID:          "kubernetes-secret-data",
		Description: "Kubernetes Secret manifest data value",
		Keywords:    []string{"kind: secret", `kind: "secret"`, "kind: 'secret'"},
		Regex:       `(?m:^[ \t]+(?P<name>[A-Za-z0-9_.\-]+):[ \t]*["']?(?P<secret>(?:[A-Za-z0-9+/]{4}){3,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?)["']?[ \t]*\r?$)`,
		Multiline:   true,
		Check:       checkBase64Secret,
		CheckDesc:   "base64 that decodes to a random value, a private key or a credential",
		Severity:    SeverityHigh,
		Examples: func() Examples {
			return Examples{
				True: []string{manifest, "kind: Secret\ndata:\n  tls.key: " + enc(exampleECKey) + "\n",
					"kind: Secret\ndata:\n  DATABASE_URL: " + enc("postgres://app:"+pw+"@db.prod.corp:5432/app") + "\n"},
				False: []string{
					"apiVersion: v1\nkind: Secret\ndata:\n  password: " + enc("changeme") + "\n  config: " + enc("log_level: debug\nmode: production\n") + "\n",
					"kind: Secret\ndata:\n  tls.crt: " + enc(exampleCertificate) + "\n",
					"kind: ConfigMap\ndata:\n  key: " + enc(pw) + "\n",
				},
			}
		},
	}
}

// checkBase64Credential decodes "user:password" (or a bare password) and
// applies the password checks.
func checkBase64Credential(s string) error {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return engine.NotFormat(errNotBase64)
	}
	text := string(b)
	if !printable(text) {
		return engine.NotFormat(errNotBase64)
	}
	user, p, ok := strings.Cut(text, ":")
	if !ok {
		user, p = "", text
	}
	if vocab.IsPlaceholder(p) {
		return errPlaceholder
	}
	if err := checkURLPassword(p); err != nil {
		return err
	}
	return checkDemoCredential(user, p, "?") // "?": the host is not known
}

// checkBase64PrivateKey accepts base64 of a PEM private key that parses.
func checkBase64PrivateKey(s string) error {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return errNotBase64
	}
	return checkPEMPrivateKey(string(b))
}

// checkBase64Secret accepts base64 that decodes to a private key, to 16 or
// more random bytes, or to text that passes the generic secret checks.
func checkBase64Secret(s string) error {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return errNotBase64
	}
	text := string(b)
	if strings.Contains(text, "PRIVATE KEY") {
		return checkPEMPrivateKey(text)
	}
	if !printable(text) {
		if len(b) < 16 {
			return errNotRandom
		}
		return nil
	}
	if vocab.IsPlaceholder(text) {
		return errPlaceholder
	}
	text = strings.TrimSpace(text)
	if i := strings.Index(text, "://"); i >= 0 {
		// A connection URL: its password, if it has one.
		user, host := urlUserHost(text)
		rest := text[i+3:]
		at := strings.LastIndexByte(rest, '@')
		_, pw, ok := strings.Cut(rest[:max(at, 0)], ":")
		if at < 0 || !ok {
			return errors.New("a URL without a password")
		}
		if err := checkURLPassword(pw); err != nil {
			return err
		}
		return checkDemoCredential(user, pw, host)
	}
	if user, pw, ok := strings.Cut(text, ":"); ok && !strings.ContainsAny(text, " \t\n") && len(pw) >= 6 {
		if err := checkURLPassword(pw); err != nil {
			return err
		}
		return checkDemoCredential(user, pw, "")
	}
	return checkGenericSecret(text)
}

// checkXMLPassword rejects Maven property references, Maven's encrypted
// {...} passwords and placeholders.
func checkXMLPassword(s string) error {
	if strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}") {
		return errPlaceholder
	}
	return checkURLPassword(s)
}

// printable reports text of printable ASCII, tabs and line breaks.
func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < ' ' || c > '~') && c != '\n' && c != '\r' && c != '\t' {
			return false
		}
	}
	return true
}
