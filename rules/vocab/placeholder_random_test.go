package vocab

import (
	"math/rand/v2"
	"testing"
)

// TestRandomKeysAreNotPlaceholders makes keys in the alphabets of every
// generated kind, from a fixed seed (so the test is the same each run),
// and checks that placeholder recognition almost never takes one for a
// stand-in (at most 1 in 10,000: a key can spell "-fake-" by chance):
// Django's alphabet holds '%', '$' and '(' (so "%(" and "$(" occur by
// chance), and random keys spell "FaKE", "FAKE" or "todo" now and then.
func TestRandomKeysAreNotPlaceholders(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	// A slice, not a map: the draws must come in the same order every run.
	alphabets := []struct{ name, abc string }{
		{"django", "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"},
		{"base64", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"},
		{"urlsafe", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"},
		{"hex", "0123456789abcdef"},
	}
	bad, total := 0, 0
	for _, a := range alphabets {
		name, abc := a.name, a.abc
		for i := 0; i < 20000; i++ {
			b := make([]byte, 43+r.IntN(8))
			for j := range b {
				b[j] = abc[r.IntN(len(abc))]
			}
			for _, s := range []string{string(b), "django-insecure-" + string(b)} {
				total++
				if IsPlaceholder(s) {
					bad++
					t.Logf("%s key taken for a placeholder: %q", name, s)
				}
			}
		}
	}
	if bad*10000 > total {
		t.Errorf("%d of %d random keys taken for placeholders, want at most 1 in 10,000", bad, total)
	}
}

func TestTemplateRefsStayPlaceholders(t *testing.T) {
	for _, s := range []string{"%(db_password)s", "$(cat /run/secrets/db)", "$(pass show db)", "${DB_PASSWORD}", "{{ .Values.secret }}",
		"#{ENV['KEY']}", "<%= ENV['KEY'] %>", "EXAMPLEKEY", "your-key-here", "FAKE_TOKEN", "my-fake-token", "%API_KEY%"} {
		if !IsPlaceholder(s) {
			t.Errorf("IsPlaceholder(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"$( )", "%()", "İİİ fake", "%(", "$("} {
		IsPlaceholder(s) // must not panic
	}
}
