package rules

import (
	"errors"
	"strings"
)

// urlUserinfo is "user:password@host" after a scheme's "://", with the
// password as group "secret". The user may be empty (redis://:pw@host).
const urlUserinfo = `(?P<user>[^\s:@/"'\x60<>?#]{0,128}):(?P<secret>[^\s@/"'\x60<>?#]{1,256})@[A-Za-z0-9.\-_\[\]%]+`

// urlName optionally captures the variable a URL is assigned to, so that
// `fix` can move it: DATABASE_URL=postgres://...
const urlName = `(?:(?P<name>[A-Za-z_][A-Za-z0-9_.\-]*)\\?["']?[ \t]*(?:[:=]{1,2}>?)[ \t]*(?:[a-z]?\\?["'\x60])?)?`

// dbURLRule is a rule for URLs of one database or broker family.
func dbURLRule(id, desc, scheme string, keywords []string, trueEx, falseEx []string) Rule {
	return Rule{
		ID:          id,
		Description: desc,
		Keywords:    keywords,
		Regex:       urlName + `(?i:` + scheme + `)://` + urlUserinfo,
		Gate:        urlGate,
		Check:       checkURLPassword,
		CheckMatch:  checkURLCredential,
		CheckDesc:   "password is not a placeholder, template, default or documented demo credential",
		Severity:    SeverityHigh,
		KeyKind:     KindPassword,
		Examples:    func() Examples { return Examples{True: trueEx, False: append(falseEx, commonURLFalse(keywords[0])...)} },
	}
}

// commonURLFalse are the placeholder forms every URL rule must skip.
func commonURLFalse(scheme string) []string {
	s := scheme
	return []string{
		s + "://user:password@localhost/db",
		s + "://app:${DB_PASS}@db.internal/app",
		s + "://app:<password>@db.internal/app",
		`f"` + s + `://{user}:{password}@{host}/{name}"`,
		s + "://db.internal:5432/app",
		s + "://app:****@db.internal/app",
	}
}

// databaseRules covers connection URLs and strings with embedded passwords.
func databaseRules() []Rule {
	pw := "Hq7" + exampleURLSafe("db-pw", 12)
	return []Rule{
		dbURLRule("postgres-url-password", "PostgreSQL connection URL with a password",
			`postgres(?:ql)?(?:\+[a-z0-9]+)?|pgsql`, []string{"postgres", "pgsql"},
			[]string{"DATABASE_URL=postgres://app:" + pw + "@db.internal:5432/app",
				`engine = create_engine("postgresql+psycopg2://report:` + pw + `@10.0.3.7/reports")`},
			[]string{"postgres://postgres:postgres@localhost:5432/test"}),
		dbURLRule("mysql-url-password", "MySQL or MariaDB connection URL with a password",
			`mysql(?:\+[a-z0-9]+)?|mariadb`, []string{"mysql", "mariadb"},
			[]string{"  url: mysql://shop:" + pw + "@mysql.prod.internal:3306/shop"},
			[]string{"mysql://root:root@127.0.0.1/test"}),
		dbURLRule("mongodb-url-password", "MongoDB connection URL with a password",
			`mongodb(?:\+srv)?`, []string{"mongodb"},
			[]string{`MONGO_URI="mongodb+srv://svc:` + pw + `@cluster0.ab1cd.mongodb.net/app?retryWrites=true"`,
				"mongodb://admin:" + pw + "@mongo-0,mongo-1:27017/admin"},
			[]string{"mongodb://localhost:27017/app"}),
		dbURLRule("redis-url-password", "Redis connection URL with a password",
			`rediss?`, []string{"redis"},
			[]string{"REDIS_URL=redis://:" + pw + "@cache.internal:6379/0",
				`const url = "rediss://default:` + pw + `@eu1-redis.example.net:6380";`},
			[]string{"redis://localhost:6379/0"}),
		dbURLRule("amqp-url-password", "AMQP (RabbitMQ) URL with a password",
			`amqps?`, []string{"amqp"},
			[]string{"BROKER_URL=amqp://worker:" + pw + "@rabbit.internal:5672/vhost"},
			[]string{"amqp://guest:guest@localhost:5672//"}),
		jdbcRule(pw),
		connectionStringRule(pw),
		genericURLRule(pw),
	}
}

func jdbcRule(pw string) Rule {
	return Rule{
		ID:          "jdbc-password",
		Description: "JDBC connection string with a password",
		Keywords:    []string{"jdbc:"},
		Regex:       `(?i:jdbc:[a-z0-9]+:)[^\s"'\x60]*?(?i:[?;&:]password=|[?;&]pwd=)(?P<secret>[^&;\s"'\x60]{1,256})`,
		Check:       checkURLPassword,
		CheckDesc:   "password is not a placeholder, template or default",
		Severity:    SeverityHigh,
		KeyKind:     KindPassword,
		Examples: func() Examples {
			return Examples{
				True: []string{
					"spring.datasource.url=jdbc:postgresql://db:5432/app?user=app&password=" + pw,
					`jdbc:sqlserver://sql.internal:1433;databaseName=erp;user=erp;password=` + pw + `;encrypt=true`,
				},
				False: []string{
					"jdbc:postgresql://db:5432/app?user=app&password=${DB_PASSWORD}",
					"jdbc:mysql://localhost:3306/app?useSSL=false",
					"jdbc:h2:mem:test;password=password",
				},
			}
		},
	}
}

func connectionStringRule(pw string) Rule {
	return Rule{
		ID:          "connection-string-password",
		Description: "ADO.NET/ODBC connection string with a password",
		Keywords:    []string{"password=", "pwd="},
		Regex:       `(?i:server|data source|host|address|addr|network address)[ \t]*=[^;"'\x60\r\n]+;[^"'\x60\r\n]*?(?i:password|pwd)[ \t]*=[ \t]*(?P<secret>[^;"'\x60\s]{1,256})`,
		Check:       checkURLPassword,
		CheckDesc:   "password is not a placeholder, template or default",
		Severity:    SeverityHigh,
		KeyKind:     KindPassword,
		Examples: func() Examples {
			return Examples{
				True: []string{
					`"Server=tcp:sql-prod.database.windows.net,1433;Database=erp;User ID=erp;Password=` + pw + `;Encrypt=True;"`,
					`Data Source=10.1.2.3;Initial Catalog=crm;User Id=crm;Pwd=` + pw,
				},
				False: []string{
					`Server=localhost;Database=test;User Id=sa;Password={your_password};`,
					`Server=db;Database=app;Trusted_Connection=True;`,
				},
			}
		},
	}
}

func genericURLRule(pw string) Rule {
	return Rule{
		ID:          "url-password",
		Description: "URL with an embedded password (scheme://user:pass@host)",
		Keywords:    []string{"://"},
		Regex:       `\b[A-Za-z][A-Za-z0-9+.\-]{1,30}://` + urlUserinfo,
		Gate:        urlGate,
		Check:       checkURLPassword,
		CheckMatch:  checkURLCredential,
		CheckDesc:   "password is not a placeholder, template, default or documented demo credential",
		Severity:    SeverityMedium,
		KeyKind:     KindPassword,
		// Generic, so that the database, credential-file and provider
		// rules that recognise the same URL speak for it.
		Generic: true,
		Examples: func() Examples {
			return Examples{
				True: []string{
					"https://deploy:" + pw + "@git.internal.example/org/repo.git",
					`proxy = "http://svc-proxy:` + pw + `@proxy.corp:3128"`,
					"ftp://backup:" + pw + "@files.internal/backups",
					// A real-looking password at a local host is reported.
					`engine = create_engine("mssql+pyodbc://app:` + pw + `@localhost/app")`,
				},
				False: []string{
					"https://user:password@example.com",
					"https://x-access-token:${GITHUB_TOKEN}@github.com/org/repo",
					"git clone git@github.com:org/repo.git",
					"http://localhost:8080/api/v1/users",
					"https://example.com/path?redirect=a:b@c",
					// Documented demo credentials (issue 11).
					`engine = create_engine("oracle+cx_oracle://scott:tiger@hostname:1521/dbname")`,
					`"mssql+pyodbc://scott:tiger^5HHH@mssql2017:1433/test?driver=ODBC"`,
					`"mysql+pymysql://some_user:some_pass@some_host/test"`,
					`"dbtype://username:apples%2Foranges@hostspec/database"`,
					`"mssql+pyodbc://userdiff:passdiff@localhost/dbdiff"`,
					`"sybase+pyodbc://admin:admin123@db.corp/app"`,
					`create_engine("mockdialect+ocu://foo:bar@host/test")`,
				},
			}
		},
	}
}

// weakDefaults are passwords that are a service's documented default or a
// stand-in in tutorials; a URL carrying one is not reported.
var weakDefaults = map[string]bool{
	"postgres": true, "mysql": true, "root": true, "admin": true, "guest": true,
	"test": true, "secret": true, "password": true, "pass": true, "user": true,
	"dev": true, "local": true, "localhost": true, "demo": true, "docker": true,
	"mongo": true, "redis": true, "rabbitmq": true, "default": true, "sa": true,
	"pw": true, "pwd": true, "passwd": true, "token": true, "x-oauth-basic": true,
	"sekrit": true, "s3kr1t": true, "hunter2": true, "secret123": true, "password1": true,
	"password123": true, "pass123": true, "123456": true, "abc123": true, "foobar": true,
	"tiger": true,
}

// checkURLPassword rejects passwords that are placeholders, template or
// format references, or well-known defaults.
func checkURLPassword(p string) error {
	l := strings.ToLower(p)
	switch {
	case len(p) < 3:
		return errors.New("too short")
	case weakDefaults[l]:
		return errors.New("a well-known default or stand-in")
	case strings.HasPrefix(p, "{") && strings.HasSuffix(p, "}"),
		strings.HasPrefix(p, "%") && len(p) <= 4,
		strings.HasPrefix(p, ":") || strings.HasPrefix(p, "$"),
		strings.Trim(p, "*xX.") == "":
		return errors.New("a template or format placeholder")
	}
	return nil
}
