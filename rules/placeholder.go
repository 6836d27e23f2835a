package rules

import "strings"

// IsPlaceholder reports whether s is obviously not a real secret: a
// documented example key, a template reference, a "changeme" word, a run
// of one repeated character or a sequence such as "123456789" or "abcdef".
func IsPlaceholder(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" {
		return true
	}
	l := strings.ToLower(t)
	if documentedExamples[t] {
		return true
	}
	switch {
	case strings.HasPrefix(l, "<") && strings.HasSuffix(l, ">"),
		strings.HasPrefix(l, "${") && strings.HasSuffix(l, "}"),
		strings.HasPrefix(l, "{{") && strings.HasSuffix(l, "}}"),
		strings.HasPrefix(l, "%(") || strings.HasPrefix(l, "$("),
		strings.HasPrefix(l, "your-") || strings.HasPrefix(l, "your_") || strings.HasPrefix(l, "<your"):
		return true
	}
	for _, w := range placeholderWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	core := stripProviderPrefix(l)
	return isRepetitive(core)
}

// documentedExamples are example credentials printed in providers' docs.
var documentedExamples = map[string]bool{
	"AKIAIOSFODNN7EXAMPLE":                     true,
	"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY": true,
	"ASIAIOSFODNN7EXAMPLE":                     true,
}

// placeholderWords mark a value as a stand-in when they occur anywhere in it.
var placeholderWords = []string{
	"example", "changeme", "change_me", "change-me", "placeholder",
	"replace_me", "replace-me", "replaceme", "xxxxxx", "******", "dummy",
	"your_key", "your-key", "yourkey", "insert_", "insert-", "_here", "-here",
	"redacted", "notasecret", "not-a-secret", "not_a_secret", "fake", "sample",
	"todo", "fixme", "...", "…",
}

// stripProviderPrefix drops a leading "xyz_" or "xyz-" token prefix so that
// "sk_live_111111111111" is judged on "111111111111".
func stripProviderPrefix(s string) string {
	for i := 0; i < 3; i++ {
		j := strings.IndexAny(s, "_-")
		if j < 0 || j > 12 || j == len(s)-1 {
			break
		}
		s = s[j+1:]
	}
	return s
}

// isRepetitive reports runs of one character, a short unit repeated
// ("abcabcabc"), or an ascending or descending sequence ("123456", "abcdef").
func isRepetitive(s string) bool {
	if len(s) < 4 {
		return len(s) > 0 && strings.Count(s, s[:1]) == len(s)
	}
	for unit := 1; unit <= 4 && unit*2 <= len(s); unit++ {
		if strings.Repeat(s[:unit], len(s)/unit+1)[:len(s)] == s {
			return true
		}
	}
	seq := 0
	for i := 1; i < len(s); i++ {
		d := int(s[i]) - int(s[i-1])
		if d == 1 || d == -1 || (s[i-1] == '9' && s[i] == '0') || (s[i-1] == 'f' && s[i] == '0') {
			seq++
		}
	}
	return seq*10 >= (len(s)-1)*8
}
