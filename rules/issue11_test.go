package rules

import (
	"strings"
	"testing"
)

// findIDs runs the built-in set over text as the content of the file at
// path and returns the ids and secrets it reports.
func findIDs(t *testing.T, set *Set, path, text string) map[string]string {
	t.Helper()
	got := map[string]string{}
	set.MatchFile(path, []byte(text), false, func(m Match) { got[m.Rule.ID] = m.Secret })
	return got
}

// TestIssue11Recall holds the assignments issue 11 found missed: a
// *_PASSWORD= line outside .npmrc (npmrc-auth-basic claimed it and its
// failed base64 decoding hid the generic finding), hex longer than 256
// digits, and typed constants in Rust and C.
func TestIssue11Recall(t *testing.T) {
	set := MustCompile(Builtin())
	pw := exampleChars("i11-pw", exAlnum, 20)
	hex := exampleHex("i11-hex", 700)
	for _, tc := range []struct{ path, line string }{
		{"app.ini", "DB_PASSWORD=" + pw},
		{"settings.py", "EMAIL_HOST_PASSWORD = '" + pw + "'"},
		{"docker-compose.yml", "      POSTGRES_PASSWORD: " + pw},
		{"deploy.sh", "export MYSQL_ROOT_PASSWORD=" + pw},
		{"deploy.sh", "NPM_AUTH=" + pw},
		{"", "DB_PASSWORD=" + pw},
		{"keys_test.go", `signingKey := "` + hex + `"`},
		{"main.rs", `const API_TOKEN: &str = "` + pw + `";`},
		{"main.rs", `static API_TOKEN: &'static str = "` + pw + `";`},
		{"main.c", `static const char api_key[] = "` + pw + `";`},
		{"config.h", `#define API_KEY "` + pw + `"`},
	} {
		got := findIDs(t, set, tc.path, tc.line)
		if len(got) == 0 {
			t.Errorf("%s: nothing reported in %q", tc.path, tc.line)
		}
		if _, ok := got["npmrc-auth-basic"]; ok {
			t.Errorf("%s: npmrc-auth-basic reported outside .npmrc in %q", tc.path, tc.line)
		}
	}
}

// TestFileScopedRuleRunsOnlyInItsFile: npmrc-auth-basic reports base64
// credentials in .npmrc, not the same line in another file, where a
// generic rule speaks for it.
func TestFileScopedRuleRunsOnlyInItsFile(t *testing.T) {
	set := MustCompile(Builtin())
	var line string
	for _, ex := range ruleByID(t, "npmrc-auth-basic").Examples().True {
		if strings.HasPrefix(ex, "_auth=") {
			line = ex
		}
	}
	if got := findIDs(t, set, "proj/.npmrc", line); got["npmrc-auth-basic"] == "" {
		t.Errorf(".npmrc: npmrc-auth-basic did not report %q (got %v)", line, got)
	}
	if got := findIDs(t, set, "proj/app.ini", line); got["npmrc-auth-basic"] != "" {
		t.Errorf("app.ini: npmrc-auth-basic reported %q", line)
	}
}

func ruleByID(t *testing.T, id string) Rule {
	t.Helper()
	for _, r := range Builtin() {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no rule %s", id)
	return Rule{}
}

// TestIssue11Noise holds lines from real trees (Go's source and module
// cache, Python's site-packages, SQLAlchemy's history) that drew findings
// but hold no credential: demo credentials, names that only contain a
// secret word, and values that are not credentials.
func TestIssue11Noise(t *testing.T) {
	set := MustCompile(Builtin())
	for _, tc := range []struct{ path, line string }{
		{"README.rst", `    mssql    mssql+pyodbc://scott:tiger^5HHH@mssql2017:1433/test?driver=ODBC+Driver+13`},
		{"README.rst", `docker exec -it mssql sqlcmd -Q "CREATE USER scott WITH PASSWORD = 'tiger^5HHH'; GRANT CONTROL TO scott"`},
		{"dbengine.myt", `create_engine('postgres://database=test&amp;host=127.0.0.1&amp;user=scott&amp;password=tiger')`},
		{"migration_09.rst", `    dbtype://username:apples%2Foranges@hostspec/database`},
		{"test_engine.py", `        token2 = "somepw%3BPORT%3D50001"`},
		{"url_test.go", `"http://jane:p%40ssword@google.com",`},
		{"url_test.go", `_, err := Parse("http://user^:passwo^rd@foo.com/")`},
		{"networks.py", `mhu = MultiHostUrl('https://foo.com:123,foo:bar@bar.com/path')`},
		{"goauth_git.txt", `https://aladdin:opensesame@vcs-test.golang.org`},
		{"test_fuzz_run.txt", `stdout '--- PASS: FuzzFoo/thispasses'`},
		{"vet.test", `--- PASS: TestVetDirs/testingpkg (0.06s)`},
		{"cmac_test.go", `key := "2B7E1516 28AED2A6 ABF71588 09CF4F3C"`},
		{"proxy_test.go", `testSumDBVerifierKey = "localhost.localdev/sumdb+00000c67+AcTrnkbUA+TU4heY3hkjiSES/DSQniBqIeQ/YppAUtK6"`},
		{"note_test.go", `peterKey := "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"`},
		{"lambda_launcher.py", `LAMBDA_TRACE_HEADER_KEY = '_X_AMZN_TRACE_ID'`},
		{"createcluster.py", `dest_key='Ec2KeyName',`},
		{"filegenerator.py", `# expanded path of the key: 'test/1/2/3.txt'  However,`},
		{"jobs.rst", `"S3Key": "867139942017-EntitiesDetection-ab9887877365fe70299089371c043b96/"`},
		{"app.rst", `"S3Key": "my-app/5026-stage-150723_222618.war"`},
		{"export.rst", `"S3Key": "RHEL5export-i-fh8sjjsq.ova",`},
		{"tasks.rst", `"ClientToken": "c9adb218-3222-4889-8216-0cf0e52dc37e:`},
		{"partner.rst", `"AppServerPrivateKey": "a123b45c6d78e9f012a34cd5e6a7890b12c3d45e6f78a1b234c56d7e890a1234"`},
		{"channel.rst", `"passphrase": "AB1C2defGHijkLMNo3PqQRstUvwxyzaBCDEfghh4ijklMN5opqrStuVWxyzAbCDEfghIJ"`},
		{"stage.rst", `"token": "a1b2c3d4567890ab",`},
		{"token.rst", `"tokenExpirationTime": "2022-03-16T03:45:09+00:00"`},
		{"events.rst", `"nextSequenceToken": "49542672486831074009579604567656788214806863282469607346"`},
		{"message.rst", `{\"key\":\"ec2:Tenancy\",\"values\":{\"items\":[{\"value\":\"default\"}]}}`},
		{"models.py", `key="thumbprintList",`},
		{"make_ssl_certs.py", `ext='req_x509_extensions_full', key='rsa:3072'):`},
		{"csrf.py", `CSRF_SESSION_KEY = '_csrftoken'`},
		{"parameters.py", `"access_token":"2YotnFZFEjr1zCsicMWpAA",`},
	} {
		if got := findIDs(t, set, tc.path, tc.line); len(got) > 0 {
			t.Errorf("%s: %v reported in %q", tc.path, got, tc.line)
		}
	}
}

// TestIssue11RealPasswordAtDemoPlace: the noise rules drop demo values,
// not places: a random password where the demo one stood is reported.
func TestIssue11RealPasswordAtDemoPlace(t *testing.T) {
	set := MustCompile(Builtin())
	pw := exampleChars("i11-demo-pw", exAlnum, 18)
	for _, line := range []string{
		`engine = create_engine("postgresql://scott2:` + pw + `@localhost/test")`,
		`"mysql+pymysql://some_user:` + pw + `@some_host/test"`,
		`https://ci-bot:` + pw + `@vcs-test.golang.org`,
		`CREATE USER app WITH PASSWORD = '` + pw + `'`,
	} {
		if got := findIDs(t, set, "app.py", line); len(got) == 0 {
			t.Errorf("nothing reported in %q", line)
		}
	}
}
