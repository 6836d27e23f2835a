package rules

import (
	"crypto/ed25519"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// Negatives: text the incumbents report and envguard must not.

var corpusPackages = []string{"react", "lodash", "express", "left-pad", "typescript", "webpack", "jsonwebtoken",
	"dotenv", "axios", "chalk", "commander", "debug", "ms", "semver", "uuid", "yargs", "zod", "vite",
	"eslint", "prettier", "jest", "tokenizer", "secret-handshake", "passport", "passport-jwt", "bcrypt", "keytar"}

func (c *corpus) version() string {
	return fmt.Sprintf("%d.%d.%d", c.rnd.IntN(20), c.rnd.IntN(30), c.rnd.IntN(40))
}

func (c *corpus) digest(label string, n int) []byte { return exampleBytes(c.seed("digest-"+label), n) }

func genNegatives(c *corpus) {
	genLockfiles(c)
	genGitAndIDs(c)
	genWebAssets(c)
	genPublicMaterial(c)
	genPlaceholders(c)
	genIdentifiers(c)
}

func genLockfiles(c *corpus) {
	c.add("negative/package-lock.json", "{\n  \"name\": \"corpus\",\n  \"lockfileVersion\": 3,\n  \"packages\": {")
	for _, p := range corpusPackages {
		v := c.version()
		c.add("negative/package-lock.json", fmt.Sprintf("    \"node_modules/%s\": {\n      \"version\": \"%s\",\n      \"resolved\": \"https://registry.npmjs.org/%s/-/%s-%s.tgz\",\n      \"integrity\": \"sha512-%s\",\n      \"license\": \"MIT\"\n    },",
			p, v, p, p, v, base64.StdEncoding.EncodeToString(c.digest("npm", 64))))
		c.add("negative/yarn.lock", fmt.Sprintf("%s@^%s:\n  version \"%s\"\n  resolved \"https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s\"\n  integrity sha512-%s\n",
			p, v, v, p, p, v, hex.EncodeToString(c.digest("yarn", 20)), base64.StdEncoding.EncodeToString(c.digest("yarn2", 64))))
		c.add("negative/yarn-berry.lock", fmt.Sprintf("\"%s@npm:^%s\":\n  version: %s\n  resolution: \"%s@npm:%s\"\n  checksum: 10c0/%s\n  languageName: node\n",
			p, v, v, p, v, hex.EncodeToString(c.digest("berry", 64))))
		c.add("negative/pnpm-lock.yaml", fmt.Sprintf("  /%s@%s:\n    resolution: {integrity: sha512-%s}\n    dev: false\n",
			p, v, base64.StdEncoding.EncodeToString(c.digest("pnpm", 64))))
		c.add("negative/poetry.lock", fmt.Sprintf("[[package]]\nname = \"%s\"\nversion = \"%s\"\nfiles = [\n    {file = \"%s-%s-py3-none-any.whl\", hash = \"sha256:%s\"},\n]\n",
			p, v, p, v, hex.EncodeToString(c.digest("poetry", 32))))
		c.add("negative/Cargo.lock", fmt.Sprintf("[[package]]\nname = \"%s\"\nversion = \"%s\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n",
			p, v, hex.EncodeToString(c.digest("cargo", 32))))
		c.add("negative/Gemfile.lock", fmt.Sprintf("  %s (%s) sha256=%s", p, v, hex.EncodeToString(c.digest("gem", 32))))
		c.add("negative/composer.lock", fmt.Sprintf("        {\n            \"name\": \"vendor/%s\",\n            \"version\": \"v%s\",\n            \"source\": {\"type\": \"git\", \"reference\": \"%s\"},\n            \"dist\": {\"shasum\": \"%s\"}\n        },",
			p, v, hex.EncodeToString(c.digest("composer", 20)), hex.EncodeToString(c.digest("composer2", 20))))
		mod := "github.com/" + p + "/" + p
		h1 := base64.StdEncoding.EncodeToString(c.digest("gosum", 32))
		c.add("negative/go.sum", fmt.Sprintf("%s v%s h1:%s\n%s v%s/go.mod h1:%s", mod, v, h1, mod, v, base64.StdEncoding.EncodeToString(c.digest("gosum2", 32))))
	}
	c.add("negative/poetry.lock", "[metadata]\nlock-version = \"2.0\"\npython-versions = \"^3.11\"\ncontent-hash = \""+hex.EncodeToString(c.digest("poetry-content", 32))+"\"")
	c.add("negative/composer.lock", "    \"content-hash\": \""+hex.EncodeToString(c.digest("composer-content", 16))+"\",")
	c.add("negative/package-lock.json", "  }\n}")
}

func genGitAndIDs(c *corpus) {
	for i := 0; i < 40; i++ {
		sha := hex.EncodeToString(c.digest("commit", 20))
		c.add("negative/git-log.txt", fmt.Sprintf("commit %s\nMerge: %s %s\nAuthor: Dev %d <dev%d@example.test>\n\n    Fix token refresh (#%d)\n", sha, sha[:7], hex.EncodeToString(c.digest("parent", 4))[:7], i, i, 100+i))
		c.add("negative/ci.yaml", fmt.Sprintf("      - uses: actions/checkout@%s # v4.1.%d", hex.EncodeToString(c.digest("action", 20)), i))
		c.add("negative/build.env", fmt.Sprintf("GIT_COMMIT_SHA=%s\nBUILD_ID=%s\nSENTRY_RELEASE=%s", sha, exampleUUID(c.seed("build")), sha))
		c.add("negative/records.json", fmt.Sprintf("  {\"id\": \"%s\", \"requestId\": \"%s\", \"idempotency_key\": \"%s\", \"session_id\": \"%s\", \"etag\": \"W/\\\"%s\\\"\"},",
			exampleUUID(c.seed("id")), exampleUUID(c.seed("req")), exampleUUID(c.seed("idem")), exampleUUID(c.seed("sess")), hex.EncodeToString(c.digest("etag", 16))))
		c.add("negative/docker-compose.yaml", fmt.Sprintf("    image: registry.example.test/app@sha256:%s", hex.EncodeToString(c.digest("image", 32))))
		c.add("negative/checksums.txt", fmt.Sprintf("%s  dist/app-%d.tar.gz\nsha512:%s", hex.EncodeToString(c.digest("sum", 32)), i, hex.EncodeToString(c.digest("sum512", 64))))
		c.add("negative/cache.py", fmt.Sprintf("cache_key = \"%s\"\ncommit_sha = \"%s\"\ncontent_hash = \"%s\"\npartition_key = \"%s\"",
			hex.EncodeToString(c.digest("ck", 32)), sha, base64.StdEncoding.EncodeToString(c.digest("ch", 32)), exampleUUID(c.seed("pk"))))
	}
}

func genWebAssets(c *corpus) {
	for i := 0; i < 12; i++ {
		png := base64.StdEncoding.EncodeToString(append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), c.digest("png", 180)...))
		c.add("negative/styles.css", fmt.Sprintf(".icon-%d { background: url(data:image/png;base64,%s) no-repeat; color: #%s; border-color: rgba(%d, %d, %d, 0.5); }\n:root { --brand-%d: #%s; }",
			i, png, hex.EncodeToString(c.digest("color", 3)), i*10, i*7, i*3, i, strings.ToUpper(hex.EncodeToString(c.digest("color2", 3)))))
		c.add("negative/index.html", fmt.Sprintf("<img alt=\"logo\" src=\"data:image/svg+xml;base64,%s\">\n<script src=\"/static/js/main.%s.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>",
			base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d 24"><path d="M%d 2L2 7l10 5 10-5-10-5z"/></svg>`, 24+i, 12+i))),
			hex.EncodeToString(c.digest("chunk", 4)), base64.StdEncoding.EncodeToString(c.digest("sri", 48))))
		c.add("negative/icons.json", fmt.Sprintf("  \"icon%d\": \"%s\",", i, base64.StdEncoding.EncodeToString(c.digest("icon", 120))))
	}
	var js strings.Builder
	js.WriteString("!function(e){var t={};function n(r){if(t[r])return t[r].exports;")
	for i := 0; i < 400; i++ {
		a, b := exampleChars(c.seed("minid"), exAlpha, 1+i%3), exampleChars(c.seed("minid2"), exAlnum, 2+i%4)
		fmt.Fprintf(&js, "var %s=function(%s,t){return %s.%s(t)||\"%s\"};", a, b, b, camelCase(c.pick("get_token", "set_key", "auth_user", "secret_value", "token_type")), exampleChars(c.seed("minstr"), exAlnum, 6+i%10))
	}
	js.WriteString("}();\n//# sourceMappingURL=main." + hex.EncodeToString(c.digest("map", 8)) + ".js.map")
	c.add("negative/app.min.js", js.String())
	c.add("negative/webpack-manifest.json", fmt.Sprintf(`{"main.js": "/static/js/main.%s.js", "webpackChunkName": "vendors~main", "contenthash": "%s"}`, hex.EncodeToString(c.digest("wp", 10)), hex.EncodeToString(c.digest("wp2", 10))))
}

func genPublicMaterial(c *corpus) {
	for i := 0; i < 4; i++ {
		k := ed25519.NewKeyFromSeed(exampleBytes(c.seed("pubkey"), 32))
		der, _ := x509.MarshalPKIXPublicKey(k.Public())
		c.add("negative/public.pem", string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})))
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(int64(i + 1)), Subject: pkix.Name{CommonName: fmt.Sprintf("corpus-%d.example.test", i)},
			NotBefore: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), NotAfter: time.Date(2036, 1, 1, 0, 0, 0, 0, time.UTC)}
		cert, err := x509.CreateCertificate(nil, tmpl, tmpl, k.Public(), k)
		if err == nil {
			c.add("negative/certs.pem", string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert})))
		}
		pub := append([]byte("\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20"), k.Public().(ed25519.PublicKey)...)
		line := "ssh-ed25519 " + base64.StdEncoding.EncodeToString(pub) + fmt.Sprintf(" deploy%d@ci", i)
		c.add("negative/authorized_keys", line)
		c.add("negative/known_hosts", fmt.Sprintf("git%d.example.test,10.0.0.%d %s", i, i, strings.Join(strings.Fields(line)[:2], " ")))
	}
	c.add("negative/public.pem", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEaW5vdGEgcmVhbCBrZXkgYnV0IHB1YmxpYyBhcm1vcg==\n=Ab12\n-----END PGP PUBLIC KEY BLOCK-----")
	c.add("negative/docs.md", strings.Join([]string{
		"# Configuring credentials",
		"Use the documented example keys, never real ones:",
		"    aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
		"    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
		"    stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"",
		"    Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
		"Generate a key with `openssl rand -hex 32` and set SECRET_KEY to it.",
		"The header is `-----BEGIN RSA PRIVATE KEY-----`; never commit the file.",
	}, "\n"))
}

func genPlaceholders(c *corpus) {
	lines := []string{
		"API_KEY=your-api-key-here", "SECRET_KEY=${SECRET_KEY}", "DB_PASSWORD=${DB_PASSWORD:-changeme}", "STRIPE_SECRET_KEY=sk_live_111111111111",
		"GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AUTH_TOKEN=xxxxxxxx", "SIGNING_KEY=1234567890abcdef", "PASSWORD=<password>",
		"JWT_SECRET=replace-me-with-a-long-random-string", "OPENAI_API_KEY=sk-...", "SLACK_BOT_TOKEN=xoxb-your-token",
		"DATABASE_URL=postgres://user:password@localhost:5432/app", "REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0",
		"FERNET_KEY=", "SESSION_SECRET=\"\"", "AWS_SECRET_ACCESS_KEY=<your-secret-access-key>", "CLIENT_SECRET=********",
		"TOKEN=TODO", "PRIVATE_KEY_PATH=./keys/dev.pem", "SENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy",
	}
	c.add("negative/.env.example", strings.Join(lines, "\n"))
	c.add("negative/values.yaml", strings.Join([]string{
		"auth:", "  password: {{ .Values.db.password }}", "  token: \"{{ .Values.apiToken | b64enc }}\"", "  secretKey: ${{ secrets.SECRET_KEY }}",
		"  clientSecret: !vault |", "  apiKey: ((api_key))", "  jwtSecret: \"#{JWT_SECRET}\"", "  passphrase: \"%(PASSPHRASE)s\"",
	}, "\n"))
	c.add("negative/config.py", strings.Join([]string{
		"SECRET_KEY = os.environ[\"SECRET_KEY\"]", "DB_PASSWORD = os.getenv(\"DB_PASSWORD\")", "api_token = os.environ.get('API_TOKEN', '')",
		"password = getpass.getpass()", "auth_token = settings.AUTH_TOKEN", "private_key = open(KEY_PATH).read()",
		"fernet_key = Fernet.generate_key()", "secret = secrets.token_hex(32)", "token = secrets.token_urlsafe(32)",
	}, "\n"))
	c.add("negative/config.ts", strings.Join([]string{
		"const apiKey = process.env.API_KEY;", "const secret = process.env.JWT_SECRET ?? '';", "export const authToken = import.meta.env.VITE_AUTH_TOKEN;",
		"const password: string = config.get('db.password');", "headers: { Authorization: `Bearer ${token}` },",
	}, "\n"))
	c.add("negative/config.go.txt", strings.Join([]string{
		"\tapiKey := os.Getenv(\"API_KEY\")", "\tpassword := cfg.Database.Password", "\tsecret := viper.GetString(\"jwt.secret\")",
		"\ttoken, err := auth.NewToken(ctx)",
	}, "\n"))
}

func genIdentifiers(c *corpus) {
	c.add("negative/identifiers.py", strings.Join([]string{
		"PASSWORD_RESET_TOKEN_EXPIRY_SECONDS = 3600", "SECRET_KEY_FIELD_NAME = \"secret_key_field_name\"", "api_key_header_name = \"X-Api-Key\"",
		"auth_backend = \"django.contrib.auth.backends.ModelBackend\"", "token_type = \"Bearer\"", "password_hasher = \"argon2.PasswordHasher\"",
		"TOKEN_URL = \"https://auth.example.test/oauth/token\"", "SECRET_NAME = \"prod/payments/stripe-secret-key\"",
		"KEY_FILE = \"/etc/ssl/private/server.key\"", "SECRET_VERSION = \"v2.14.3-beta.1\"", "token_length = 64",
		"password_validators = [\"UserAttributeSimilarityValidator\", \"MinimumLengthValidator\"]",
		"auth_user_model = \"accounts.CustomUserModel\"", "secret_path = \"secret/data/production/database\"",
		"public_key = \"BEl62iUYgUivxIkv69yViEuiBIa6Iq3iHlVdYjwyU5pXWqF2FqYQ4Sm3x4YcPxB1\"",
		"recaptcha_site_key = \"6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI\"",
	}, "\n"))
	c.add("negative/identifiers.ts", strings.Join([]string{
		"const authTokenStorageKey = 'app.auth.tokenStorageKey';", "export const passwordInputPlaceholder = 'Enter your password';",
		"const secretManagerClientFactory = createSecretManagerClientFactory();", "type AccessTokenResponsePayload = { accessToken: string };",
		"const tokenRefreshIntervalMs = 300000;", "const apiKeyHeader = 'x-api-key';", "const cacheKey = `user:${userId}:profile`;",
		"const i18nKey = 'settings.security.changePasswordButtonLabel';", "const storageKey = 'persist:root:v3';",
	}, "\n"))
	c.add("negative/paths.yaml", strings.Join([]string{
		"secrets:", "  token_file: /var/run/secrets/kubernetes.io/serviceaccount/token", "  key_path: ~/.ssh/id_ed25519",
		"  password_file: /run/secrets/db_password", "  credentials_dir: ./config/credentials/production", "  auth_config: config/auth/providers.yaml",
		"  secret_store: aws-secretsmanager", "  tokenizer_model: bert-base-uncased",
	}, "\n"))
	c.add("negative/versions.toml", strings.Join([]string{
		"[dependencies]", "jsonwebtoken = \"9.3.0\"", "secrecy = { version = \"0.8.0\", features = [\"serde\"] }", "keyring = \"2.3.3\"",
		"[tool.versions]", "token_service = \"v3.12.0-rc.2\"", "auth_api = \"2024.11.5\"",
	}, "\n"))
	h := sha256.Sum256([]byte("corpus"))
	h1 := sha1.Sum([]byte("corpus"))
	h5 := sha512.Sum512([]byte("corpus"))
	c.add("negative/hashes.go.txt", strings.Join([]string{
		"\tconst emptySHA256 = \"" + hex.EncodeToString(h[:]) + "\"", "\tconst fixtureSHA1 = \"" + hex.EncodeToString(h1[:]) + "\"",
		"\tconst fixtureSHA512 = \"" + hex.EncodeToString(h5[:]) + "\"", "\tconst magic = 0xdeadbeefcafebabe",
		"\tvar testUUID = uuid.MustParse(\"" + exampleUUID("hashes") + "\")",
	}, "\n"))
	c.add("negative/code.go.txt", strings.Join([]string{
		"\tpass := strings.TrimPrefix(pwd, \"/\")", "\tkey := append(c.ptrs[key], p)", "\ttoken = stmt.Token[1:]",
		"\tclientSecret := hs.masterSecret.ClientApplicationTrafficSecret(hs.transcript)", "\tsecretKey = keyFncs.nonDefault",
		"\tauthHeader := httpcommon.CanonicalHeader(hf.Name)", "\tAUTH_ENABLE_KEY = 0xc0506617", "\tkey := it.Key()",
		"\tpassword = cfg.Database.Password", "\ttoken := strconv.Quote(key)", "\tprivKey := curvePrivateKey",
		"\tk.key = keyCtrlD", "\tsecret := ksContext",
	}, "\n"))
	c.add("negative/infra.yaml", strings.Join([]string{
		"env:", "  - name: DB_PASSWORD", "    valueFrom:", "      secretKeyRef: {name: db-credentials, key: password}",
		"  - name: GITHUB_TOKEN", "    value: ${{ secrets.GITHUB_TOKEN }}", "  POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password",
		"  api_key: !Ref ApiKeyParameter", "  token: \"{{ lookup('env', 'API_TOKEN') }}\"", "  secretName: tls-certificate-secret",
		"  auth_method: oauth2_client_credentials", "  password_policy: minimum_length_twelve",
	}, "\n"))
	c.add("negative/main.tf", strings.Join([]string{
		"  password = var.db_password", "  api_key  = data.aws_ssm_parameter.datadog_api_key.value",
		"  secret_string = jsonencode({ password = random_password.db.result })", "  token = module.vault.token_accessor",
	}, "\n"))
	c.add("negative/app.py", strings.Join([]string{
		"    password = args.password", "    client = Client(api_key=settings.OPENAI_API_KEY)", "    token = await get_access_token(session)",
		"    secret_key = SECRET_KEY", "    auth = HTTPBasicAuth(username, password)", "    key = hashlib.sha256(password.encode()).hexdigest()",
		"    kwargs['token'] = self._token_provider.current_token", "    PASSWORD_MIN_LENGTH = 12",
	}, "\n"))
	c.add("negative/client.ts", strings.Join([]string{
		"  const token = await getAccessTokenSilently();", "  const apiKey = useApiKey(projectId);", "  headers.Authorization = `Bearer ${session.accessToken}`;",
		"  const secretKey = config.stripe.secretKey!;", "  password: z.string().min(12).max(128),", "  const authToken = localStorage.getItem('authToken') ?? '';",
	}, "\n"))
}

// genMixed writes realistic files that mix secrets with the negatives
// above, as real repositories do.
func genMixed(c *corpus) {
	for i := 0; i < 4; i++ {
		path := fmt.Sprintf("mixed/service-%d.env", i)
		c.add(path, "# service configuration\nAPP_ENV=production\nLOG_LEVEL=info\nPORT=8080\nGIT_SHA="+hex.EncodeToString(c.digest("mixsha", 20)))
		c.secret(path, "any", 0, "DB_PASSWORD="+c.password(18))
		c.add(path, "DB_HOST=db.internal\nREQUEST_ID="+exampleUUID(c.seed("mixuuid"))+"\nAPI_KEY=${API_KEY}")
		c.secret(path, "hex-secret-assignment", 0, "WEBHOOK_SECRET="+exampleHex(c.seed("mixhex"), 32))
		c.secret(path, "fernet-key", 0, "FERNET_KEY="+exampleFernet(c.seed("mixfernet")))
		c.add(path, "FEATURE_FLAGS=new_checkout,dark_mode\nCACHE_TTL=300")
	}
	for i := 0; i < 3; i++ {
		path := fmt.Sprintf("mixed/app-%d.py", i)
		c.add(path, "import os\nfrom cryptography.fernet import Fernet\n\nDEBUG = os.getenv(\"DEBUG\") == \"1\"\nTOKEN_TTL = 3600\n")
		c.secret(path, "fernet-key", 0, "key = b'"+exampleFernet(c.seed("mixpyfernet"))+"'")
		c.add(path, "cipher = Fernet(key)\nauth_header = request.headers.get(\"Authorization\")\n")
		c.secret(path, "urlsafe-secret-assignment", 0, "API_TOKEN = \""+exampleURLSafe(c.seed("mixpyurl"), 32)+"\"")
		c.add(path, "password = os.environ[\"DB_PASSWORD\"]\n\ndef token_for(user_id):\n    return hashlib.sha256(user_id.encode()).hexdigest()\n")
	}
}
