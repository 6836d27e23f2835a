package rules

import (
	"encoding/base64"
	"fmt"
)

// Issue 11: the contexts people write secrets in, each with true and false
// examples, and the demo credentials and stand-ins of real trees.

// token returns a random URL-safe token, like secrets.token_urlsafe's.
func (c *corpus) token(n int) string {
	const cs = exAlnum + "-_"
	b := make([]byte, n)
	for i := range b {
		b[i] = cs[c.rnd.IntN(len(cs))]
	}
	return string(b)
}

// alnum returns a random letters-and-digits password.
func (c *corpus) alnum(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = exAlnum[c.rnd.IntN(len(exAlnum))]
	}
	return string(b)
}

func genContexts(c *corpus) {
	for i := 0; i < 4; i++ {
		tok, pw := c.token(32+i), c.alnum(16+i)
		c.secret("positive/contexts.sh", "any", 0, fmt.Sprintf(`curl -H "Authorization: Bearer %s" https://api.internal.example.net/v%d`, tok, i))
		c.secret("positive/contexts.sh", "any", 0, fmt.Sprintf("curl -u deploy:%s https://ci.corp.net/api/%d", pw, i))
		c.secret("positive/contexts.sh", "any", 0, fmt.Sprintf("mysql -u root -p'%s' shop%d", c.alnum(14), i))
		c.secret("positive/contexts.sh", "any", 0, "mysqldump --password="+c.alnum(15)+" shop")
		c.secret("positive/contexts.sh", "any", 0, "docker login -u bot -p "+c.alnum(18)+" registry.corp.net")
		c.secret("positive/contexts.sh", "any", 0, "redis-server --requirepass "+c.alnum(20))
		c.secret("positive/contexts.sh", "any", 0, "sshpass -p '"+c.alnum(13)+"' ssh backup@10.0.0.7")
		c.secret("positive/contexts.sh", "any", 0, "PGPASSWORD="+c.alnum(17)+" psql -h db -U app")
		c.secret("positive/contexts.sh", "any", 0, "htpasswd -b .htpasswd admin "+c.alnum(12))
		c.secret("positive/contexts.py", "any", 0, fmt.Sprintf(`headers = {"Authorization": "Bearer %s"}`, c.token(40)))
		c.secret("positive/contexts.py", "any", 0, fmt.Sprintf(`url = "https://admin:%s@api.example.com/v1"`, c.alnum(18)))
		c.secret("positive/contexts.py", "any", 0, fmt.Sprintf(`u = "https://api.corp.net/v1/items?access_token=%s"`, c.token(32)))
		c.secret("positive/contexts.py", "any", 0, fmt.Sprintf(`v = "https://api.corp.net/v1?x=%d&api_key=%s"`, i, exampleHex(c.seed("ctx-hex"), 20)))
		c.secret("positive/contexts.py", "any", 0, fmt.Sprintf(`SECRET_KEY_FALLBACKS = ["django-insecure-%s"]`, c.token(40)))
		c.secret("positive/contexts.js", "any", 0, "fetch(u, { headers: { Authorization: `Bearer "+c.token(36)+"` } })")
		c.secret("positive/contexts.js", "any", 0, `const secret = Buffer.from("`+c.token(30)+`")`)
		c.secret("positive/contexts_go.txt", "any", 0, `req.Header.Set("Authorization", "Bearer `+c.token(34)+`")`)
		c.secret("positive/contexts_go.txt", "any", 0, `var signingKey = []byte("`+c.token(32)+`")`)
		c.secret("positive/contexts.ps1", "any", 0, `$h = @{ Authorization = "Bearer `+c.token(32)+`" }`)
		c.secret("positive/contexts.ps1", "any", 0, `$s = ConvertTo-SecureString "`+c.alnum(16)+`" -AsPlainText -Force`)
		c.secret("positive/contexts.rs", "any", 0, `const API_TOKEN: &str = "`+c.token(32)+`";`)
		c.secret("positive/contexts.c", "any", 0, `static const char api_key[] = "`+c.alnum(24)+`";`)
		c.secret("positive/contexts.h", "any", 0, `#define API_SECRET "`+c.alnum(24)+`"`)
		c.secret("positive/redis.conf", "any", 0, "requirepass "+c.alnum(24))
		c.secret("positive/contexts.py", "any", 0, fmt.Sprintf(`w = "https://api.telegram.org/bot%d:AA%s/sendMessage"`, 600000000+c.rnd.IntN(99999999), c.token(33)))
		enc := base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("postgres://app:%s@db.prod.corp:5432/app", c.alnum(20))))
		c.add("positive/secret.yaml", "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:")
		c.secret("positive/secret.yaml", "any", 0, "  DATABASE_URL: "+enc)
		// Issue 11: a keyring under a plural name.
		c.secret("positive/contexts.py", "any", 0, `API_TOKENS = ["`+exampleChars(fmt.Sprint("keyring", i), exURLSafe, 32)+`"]`)
		// The noise of real trees: demo credentials, stand-ins, test output.
		c.add("negative/demo.py", fmt.Sprintf(`engine = create_engine("postgresql+psycopg2://scott:tiger@localhost/test%d")`, i))
		c.add("negative/demo.py", fmt.Sprintf(`e = create_engine("mssql+pyodbc://scott:tiger^5HHH@mssql2017:1433/test%d")`, i))
		c.add("negative/demo.py", `"mysql+pymysql://some_user:some_pass@some_host/test"`)
		c.add("negative/demo.py", `"dbtype://username:apples%2Foranges@hostspec/database"`)
		c.add("negative/demo.py", `token2 = "somepw%3BPORT%3D50001"`)
		c.add("negative/demo_go.txt", `"http://jane:p%40ssword@google.com",`)
		c.add("negative/demo.sh", "curl -u user:password https://example.com")
		c.add("negative/demo.sh", "curl -u \"$USER:$PASS\" https://ci.corp.net")
		c.add("negative/demo.sh", "mysql -u root -p\"$MYSQL_PASSWORD\" shop")
		c.add("negative/demo.sh", "docker login -u bot -p $CI_TOKEN registry")
		c.add("negative/demo.sh", "requirepass foobared")
		c.add("negative/demo.sh", `curl -H "Authorization: Bearer ${API_TOKEN}" https://api`)
		c.add("negative/demo.txt", "--- PASS: TestAddrStringAllocs/ipv4-in-ipv6 (0.00s)")
		c.add("negative/demo.txt", "https://aladdin:opensesame@vcs-test.golang.org")
		c.add("negative/demo.txt", "Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l")
		c.add("negative/demo.json", `"S3Key": "my-app/5026-stage-150723_222618.war"`)
		c.add("negative/demo.json", `"passphrase": "AB1C2defGHijkLMNo3PqQRstUvwxyzaBCDEfghh4ijklMN5opqrStuVWxyzAbCDEfghIJ"`)
		c.add("negative/demo.json", `"tokenExpirationTime": "2022-03-16T03:45:09+00:00"`)
		c.add("negative/demo.json", `"nextSequenceToken": "49542672486831074009579604567656788214806863282469607346"`)
		c.add("negative/demo.py", `dest_key='Ec2KeyName',`)
		c.add("negative/demo.py", `CSRF_SESSION_KEY = '_csrftoken'`)
		// Issue 11, real trees: a netrc parser's test case named in its
		// password (Go's src), an optimistic-locking version token (AWS
		// docs in site-packages), a hand-typed token running on into
		// further query parameters (oauthlib in dist-packages).
		c.add("negative/demo_go.txt", fmt.Sprintf("machine after.default%d\nlogin oops\npassword too-late-in-file", i))
		c.add("negative/demo.json", `"PolicyUpdateToken": "1:`+base64.StdEncoding.EncodeToString(exampleBytes(fmt.Sprint("update-token", i), 16))+`",`)
		c.add("negative/demo.json", `"LockToken": "`+exampleChars(fmt.Sprint("lock-token", i), exAlnum, 24)+`",`)
		c.add("negative/demo.txt", "GET /revoke?token=agabcdefddddafdd&callback=package.myCallback HTTP/1.1")
	}
}
