package vocab

import "strings"

// extraPlaceholders are whole values (lower-cased, with '-', '_' and
// spaces dropped) that examples commonly use as stand-ins beyond what
// [IsPlaceholder] knows.
var extraPlaceholders = map[string]bool{
	"secret": true, "password": true, "passwd": true, "pass": true, "test": true, "testing": true,
	"none": true, "null": true, "nil": true, "empty": true, "tbd": true, "unset": true, "default": true,
	"foo": true, "bar": true, "foobar": true, "baz": true, "abc": true, "abc123": true, "123": true,
	"1234": true, "12345": true, "123456": true, "12345678": true, "token": true, "key": true,
	"apikey": true, "secretkey": true, "mysecret": true, "mypassword": true, "mytoken": true,
	"supersecret": true, "topsecret": true, "letmein": true, "admin": true, "root": true,
	"postgres": true, "mysql": true, "redis": true, "guest": true, "user": true, "username": true,
	"development": true, "dev": true, "local": true, "localdev": true, "devsecret": true,
	"devpassword": true, "insecure": true, "notsecret": true, "required": true, "optional": true,
	"set": true, "setme": true, "fillme": true, "fillin": true, "enter": true, "value": true,
	"xxx": true, "tochange": true, "pleasechange": true,
}

// IsStandIn is [IsPlaceholder] plus the stand-ins that example files
// (.env.example) use: secret, password, test, none, <...>, your-...-here, xxx..., ***...
func IsStandIn(v string) bool {
	if IsPlaceholder(v) {
		return true
	}
	l := strings.ToLower(strings.TrimSpace(v))
	norm := strings.NewReplacer("-", "", "_", "", " ", "", ".", "").Replace(l)
	if extraPlaceholders[norm] {
		return true
	}
	switch {
	case strings.HasPrefix(l, "<") || strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]"),
		strings.HasPrefix(l, "xxx"), strings.HasPrefix(l, "***"), strings.HasPrefix(l, "$"),
		strings.HasPrefix(l, "your") || strings.HasPrefix(l, "my-") || strings.HasPrefix(l, "my_"),
		strings.HasSuffix(l, "here") || strings.Contains(l, "goes") && strings.Contains(l, "here"),
		strings.HasPrefix(l, "replace") || strings.HasPrefix(l, "change") || strings.HasPrefix(l, "put ") || strings.HasPrefix(l, "put-") || strings.HasPrefix(l, "put_") || strings.HasPrefix(l, "insert"),
		strings.HasPrefix(l, "generate") || strings.Contains(l, "generated") || strings.HasPrefix(l, "add-") || strings.HasPrefix(l, "add_"),
		strings.Contains(l, "secret") && len(l) < 40,
		strings.Contains(l, "password") && len(l) < 40,
		strings.Contains(l, "test") && len(l) < 24 && !mixedCase(v):
		return true
	}
	return false
}

func mixedCase(s string) bool {
	return strings.ToLower(s) != s && strings.ToUpper(s) != s
}
