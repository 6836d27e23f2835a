package envguard

import (
	"strings"
	"testing"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/internal/dotenv"
)

// FuzzClassify checks that classifying any parsed value never panics and
// that a secret-like verdict points at part of the value.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{
		"A=", "DB_URL=postgres://u:p@h/db", "X=postgres://u:Zq9vK2mP4xR7tL1n@h:5432/db", "SECRET_KEY=${X}",
		"K=://@", "K=a://b:@c", "K=C:\\x", "TOKEN=aB3dE5fG7hJ9kL1mN3pQ5rS7", "K=1.2.3.4:80,localhost",
	} {
		f.Add(s)
	}
	set := rules.MustCompile(rules.Builtin())
	f.Fuzz(func(t *testing.T, s string) {
		file, err := dotenv.Parse([]byte(s))
		if err != nil {
			return
		}
		for i := range file.Entries {
			e := &file.Entries[i]
			for _, rs := range []*rules.Set{nil, set} {
				v := Classify(e, rs)
				if v.Class == ClassSecret && (v.Secret == "" || !strings.Contains(e.Key+"="+e.Value, v.Secret)) {
					t.Fatalf("%q: secret %q is not part of the entry", s, v.Secret)
				}
			}
		}
	})
}
